using System;

namespace Contracts.Schema.Compatibility;

/// <summary>Which side of a compared pair is the one being changed (built now); it decides the rule's name.</summary>
public enum ChangedSide
{
    /// <summary>The reader is new: BACKWARD checks, or a consumer checked against a producer's manifest.</summary>
    Reader,

    /// <summary>The writer is new: FORWARD checks, or a producer checked against a consumer's view.</summary>
    Writer,
}

/// <summary>
/// One reason a reader cannot read what a writer produces.
/// <paramref name="Path"/> is a JSON path from the message root: <c>$.lines[].sku</c>, with <c>[]</c> for array
/// items and <c>{}</c> for map values; <c>$</c> for the message itself.
/// <paramref name="Reader"/> and <paramref name="Writer"/> are the contracts compared ("name vN"), and
/// <paramref name="Changed"/> says which of the two is the new one.
/// </summary>
public sealed record Violation(
    string RuleId,
    string Path,
    string Message,
    string Reader,
    string Writer,
    ChangedSide Changed)
{
    /// <summary>
    /// The wire name of the top-level member the path starts at, or "" when the violation is about the whole
    /// message: where the generator puts the diagnostic.
    /// </summary>
    public string TopLevelMember => JsonPath.FirstSegment(Path);

    /// <summary>
    /// For <see cref="RuleIds.WireNameChanged"/>: the member's wire name in the locked contract and in the changed one,
    /// as values (the IDE's fix pins the old name on the renamed member); null for every other rule.
    /// </summary>
    public MemberRename? Rename { get; init; }

    /// <summary>The rule, the path and the message, for logs and test failures.</summary>
    public override string ToString() => RuleId + " at " + Path + ": " + Message;
}

/// <summary>A member that kept its type and changed its wire name: <paramref name="OldWireName"/> became <paramref name="NewWireName"/>.</summary>
/// <param name="OldWireName">The name the older contract has.</param>
/// <param name="NewWireName">The name the changed contract has instead.</param>
public sealed record MemberRename(string OldWireName, string NewWireName);

/// <summary>
/// A locked message version that is no longer there, with the role the project had; <paramref name="Breaking"/> is the
/// violation when dropping it strands consumers, null when the project only consumed it.
/// </summary>
/// <param name="Locked">The locked schema.</param>
/// <param name="Role">What the project did with it.</param>
/// <param name="Breaking">MESSAGE_REMOVED or VERSION_REMOVED, or null.</param>
public sealed record Removal(ContractSchema Locked, MessageRole Role, Violation? Breaking);
