using System.Collections.Generic;
using Contracts.Schema.Compatibility.Rules;

namespace Contracts.Schema.Compatibility;

/// <summary>
/// The one place compatibility is decided. Every check asks one question: can a reader with schema R read every
/// message a writer with schema W can produce? The modes only choose which pairs to ask it of (Confluent Schema
/// Registry's meanings): BACKWARD = the candidate reads the locked; FORWARD = the locked reads the candidate;
/// FULL = both; TRANSITIVE = against every locked version instead of only the latest. Never throws.
/// </summary>
public static class CompatibilityEngine
{
    /// <summary>
    /// Checks <paramref name="candidate"/> against the locked history of the same message, oldest first.
    /// The engine does not interpret version numbers: the caller decides what the history holds.
    /// </summary>
    public static IReadOnlyList<Violation> Check(
        CompatibilityMode mode,
        ContractSchema candidate,
        IReadOnlyList<ContractSchema> lockedVersionsOldestFirst)
    {
        var violations = new List<Violation>();
        if (mode == CompatibilityMode.None || lockedVersionsOldestFirst.Count == 0)
        {
            return violations;
        }

        var transitive = IsTransitive(mode);
        var backward = mode is CompatibilityMode.Backward or CompatibilityMode.BackwardTransitive or CompatibilityMode.Full or CompatibilityMode.FullTransitive;
        var forward = mode is CompatibilityMode.Forward or CompatibilityMode.ForwardTransitive or CompatibilityMode.Full or CompatibilityMode.FullTransitive;

        var first = transitive ? 0 : lockedVersionsOldestFirst.Count - 1;
        for (var i = first; i < lockedVersionsOldestFirst.Count; i++)
        {
            var locked = lockedVersionsOldestFirst[i];
            if (backward)
            {
                violations.AddRange(CheckPair(reader: candidate, writer: locked, ChangedSide.Reader));
            }

            if (forward)
            {
                violations.AddRange(CheckPair(reader: locked, writer: candidate, ChangedSide.Writer));
            }
        }

        return violations;
    }

    /// <summary>True for the modes that check against every locked schema, not only the latest.</summary>
    public static bool IsTransitive(CompatibilityMode mode) =>
        mode is CompatibilityMode.BackwardTransitive or CompatibilityMode.ForwardTransitive or CompatibilityMode.FullTransitive;

    /// <summary>
    /// Can <paramref name="reader"/> read everything <paramref name="writer"/> produces? <paramref name="changed"/>
    /// names the side that is new, which picks the rule names (FIELD_REMOVED vs REQUIRED_FIELD_ADDED). The
    /// cross-service gate calls this directly (consumer view = reader, producer schema = writer) without
    /// <paramref name="guessRenames"/>: a view omits most of what is sent, so a missing member is no sign of a rename.
    /// <paramref name="semantics"/> says what the sides do beyond their schemas (default: <see cref="PairSemantics.Strict"/>);
    /// violations of an advisory rule (<see cref="RuleIds.IsAdvisory"/>) warn without breaking.
    /// </summary>
    public static IReadOnlyList<Violation> CheckPair(ContractSchema reader, ContractSchema writer, ChangedSide changed, bool guessRenames = true, PairSemantics? semantics = null)
    {
        var context = new PairContext(reader, writer, changed, guessRenames, semantics ?? PairSemantics.Strict);
        MemberRules.Compare(context, reader.Members, writer.Members, JsonPath.Root);
        return context.Violations;
    }

    /// <summary>
    /// The locked message versions <paramref name="current"/> no longer has: a breaking MESSAGE_REMOVED or
    /// VERSION_REMOVED for one the project published (or published and consumed), none for one it only consumed.
    /// </summary>
    public static IReadOnlyList<Removal> CheckRemovals(IEnumerable<(ContractSchema Schema, MessageRole Role)> locked, IEnumerable<ContractSchema> current) =>
        RemovalRules.Check(locked, current);

    /// <summary>
    /// The mode when neither the message nor the project sets one: what a project publishes must stay FORWARD
    /// compatible (running consumers read new writes), what it consumes BACKWARD (new code reads old messages).
    /// </summary>
    public static CompatibilityMode DefaultMode(MessageRole role) => role switch
    {
        MessageRole.Publishes => CompatibilityMode.Forward,
        MessageRole.Consumes => CompatibilityMode.Backward,
        _ => CompatibilityMode.Full,
    };
}
