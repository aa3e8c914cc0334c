using System.Linq;
using Contracts.Schema.Compatibility;

namespace Contracts.Schema.Manifest;

/// <summary>
/// A service's <c>contracts.lock.json</c>: its own baseline, and the manifest other services check against.
/// Each message entry is one locked name+version with the shape this service has in code: the schema it writes
/// when it publishes, its consumer's view (the record it reads into) when it consumes, one record for both.
/// </summary>
public sealed record ContractManifest(string Service, EquatableArray<ManifestMessage> Messages)
{
    /// <summary>The format this code reads and writes; see docs/manifest-format.md for the versioning policy.</summary>
    public const int CurrentFormat = 1;

    /// <summary>The name of a project's lock file, beside its .csproj.</summary>
    public const string FileName = "contracts.lock.json";

    /// <summary>
    /// The language the service is written in, when it is not .NET: <c>typescript</c>, <c>javascript</c>, or any
    /// other lower-case name. Null for a manifest Contracts wrote for a .NET service. The gates use it for what only a
    /// cross-language check can see: a JavaScript reader parses every JSON number into a double
    /// (<see cref="IsJavaScript"/>), and a writer that is not Contracts' may send <c>null</c> for a nullable member.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>True when the service reads JSON with JavaScript's <c>JSON.parse</c> (TypeScript or JavaScript).</summary>
    public bool IsJavaScript => IsJavaScriptLanguage(Language);

    /// <summary>True for the languages that read JSON with JavaScript's <c>JSON.parse</c>.</summary>
    public static bool IsJavaScriptLanguage(string? language) => language is "typescript" or "javascript";
}

/// <summary>
/// One locked message version and what the service does with it. <see cref="History"/> holds the schemas this
/// (name, version) had before compatible lock updates, oldest first; the TRANSITIVE modes check against all of
/// them (see <see cref="LockUpdate"/>). Its entries share the message's name, version and mode, which the file
/// therefore does not repeat. Empty (the default) for every other mode.
/// </summary>
/// <param name="Role">What the service does with the message.</param>
/// <param name="Schema">What it writes, or its view of what it reads.</param>
/// <param name="History">Earlier schemas of this (name, version), oldest first.</param>
/// <param name="Aliases">Names the message was known by before a rename (<c>[Message(Aliases = ...)]</c>), sorted: a
/// producer or lock entry under one of them, with the same version, is this same contract.</param>
/// <param name="UpcastFrom">The messages the service converts into this one with an upcaster (<c>IUpcast</c>), one
/// step each, sorted: what their producers send reaches this message's consumers.</param>
public sealed record ManifestMessage(
    MessageRole Role,
    ContractSchema Schema,
    EquatableArray<ContractSchema> History = default,
    EquatableArray<string> Aliases = default,
    EquatableArray<UpcastSource> UpcastFrom = default)
{
    /// <summary>True when a message sent as <paramref name="name"/> is this message: its name or one of its aliases.</summary>
    public bool Answers(string name) => Schema.Name == name || Aliases.Contains(name);
}

/// <summary>A message a service upcasts into another: its name and version.</summary>
/// <param name="Name">The older message's name.</param>
/// <param name="Version">The older message's version.</param>
public sealed record UpcastSource(string Name, int Version);

/// <summary>Why a manifest could not be read, located for an MSBuild-style diagnostic.</summary>
public sealed record ManifestError(string FilePath, int Line, int Column, string Message)
{
    /// <summary>As MSBuild prints a location: <c>path(line,column): message</c>.</summary>
    public override string ToString() => FilePath + "(" + Line + "," + Column + "): " + Message;
}
