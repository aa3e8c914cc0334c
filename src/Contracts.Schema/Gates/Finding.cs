using System.Globalization;
using System.Linq;

namespace Contracts.Schema.Gates;

/// <summary>
/// What a gate found, as a plain value: the rule, where it is, and the template's arguments. The generator turns it
/// into a diagnostic at the source location of <see cref="Site"/>; the tool prints it with the file and line.
/// </summary>
/// <param name="Rule">The rule that fired.</param>
/// <param name="Site">Where: a member or message of the project, or a line in a lock or manifest.</param>
/// <param name="Arguments">The values of the rule's template, in order.</param>
/// <param name="AsError">A project setting raised a milder rule to an error (<c>ContractsRequireLock</c>).</param>
public sealed record Finding(GateRule Rule, FindingSite Site, EquatableArray<string> Arguments, bool AsError = false)
{
    /// <summary>The rule's ID, <c>CTRnnnn</c>.</summary>
    public string Id => Rule.Id;

    /// <summary>The severity it is reported with.</summary>
    public FindingSeverity Severity => AsError ? FindingSeverity.Error : Rule.Severity;

    /// <summary>The rendered message, exactly as the build's diagnostic shows it.</summary>
    public string Message => string.Format(CultureInfo.InvariantCulture, Rule.Template, Arguments.Cast<object>().ToArray());

    /// <summary>
    /// What the finding is about as values (<see cref="FindingProperties"/> names them), for tools that act on it: the
    /// build passes them on as the diagnostic's properties, where the IDE's code fixes read them. Never part of the text.
    /// </summary>
    public EquatableArray<FindingProperty> Properties { get; init; }
}

/// <summary>One named value of a <see cref="Finding"/> (or of a diagnostic): see <see cref="FindingProperties"/>.</summary>
/// <param name="Key">One of the <see cref="FindingProperties"/> names.</param>
/// <param name="Value">Its value, as text.</param>
public readonly record struct FindingProperty(string Key, string Value);

/// <summary>The names of <see cref="Finding.Properties"/>: stable, because code fixes in older IDEs read them.</summary>
public static class FindingProperties
{
    /// <summary>The compatibility rule that was broken (<c>FIELD_REMOVED</c>, ...).</summary>
    public const string Rule = "Rule";

    /// <summary>The JSON path the rule broke at (<c>$.lines[].sku</c>).</summary>
    public const string Path = "Path";

    /// <summary>The wire name of the top-level member the path starts at; empty for the message itself.</summary>
    public const string Member = "Member";

    /// <summary>The message's name.</summary>
    public const string MessageName = "MessageName";

    /// <summary>The message's version.</summary>
    public const string MessageVersion = "MessageVersion";

    /// <summary>The version to ship a breaking change as.</summary>
    public const string NextVersion = "NextVersion";

    /// <summary>For a renamed member: its wire name in the locked contract.</summary>
    public const string OldWireName = "OldWireName";

    /// <summary>For a renamed member: its wire name now.</summary>
    public const string NewWireName = "NewWireName";
}

/// <summary>
/// Where a finding is. For a message of the project being checked: its name and version, and the top-level member
/// (wire name) the finding is about, if any; the build maps these to the declaration. For a file (a lock, a manifest):
/// the path and the 1-based line and column. <see cref="None"/> for a finding about the project as a whole.
/// </summary>
/// <param name="MessageName">The message, when the finding is about one of the project's messages.</param>
/// <param name="MessageVersion">Its version.</param>
/// <param name="Member">The wire name of the member at fault, or null for the whole message.</param>
/// <param name="FilePath">The file, when the finding is about a line of a lock or manifest.</param>
/// <param name="Line">The 1-based line in <paramref name="FilePath"/>.</param>
/// <param name="Column">The 1-based column in <paramref name="FilePath"/>.</param>
public sealed record FindingSite(string? MessageName, int MessageVersion, string? Member, string? FilePath, int Line, int Column)
{
    /// <summary>No particular place.</summary>
    public static FindingSite None { get; } = new(null, 0, null, null, 0, 0);

    /// <summary>A member of one of the project's messages; an empty wire name means the message itself.</summary>
    public static FindingSite InMessage(string name, int version, string? member = null)
        => new(name, version, string.IsNullOrEmpty(member) ? null : member, null, 0, 0);

    /// <summary>A position in a file.</summary>
    public static FindingSite InFile(string path, int line, int column) => new(null, 0, null, path, line, column);
}
