using System.Linq;
using Contracts.Schema.Manifest;

namespace Contracts.Schema.Gates;

/// <summary>
/// What a project's code says about its contracts today, in the schema model: the input of both gates.
/// </summary>
/// <param name="Service">The service's name (its endpoint), as its manifest records it.</param>
/// <param name="Messages">One entry per (name, version) the project publishes or consumes, with the schema it writes or
/// its own view of what it reads.</param>
/// <param name="Unsettled">Messages whose declaration has an error right now, so their schema is not known; a
/// gate neither judges them nor reports them removed. An empty name means even the identity is not known.</param>
public sealed record ProjectContracts(string Service, EquatableArray<ManifestMessage> Messages, EquatableArray<UnsettledMessage> Unsettled = default)
{
    /// <summary>The manifest the project would record: its service, language and messages.</summary>
    public ContractManifest ToManifest() => new(Service, Messages) { Language = Language };

    /// <summary>The service's language when it is not .NET (see <see cref="ContractManifest.Language"/>): a project
    /// built by Contracts has none; the command-line tool checks manifests of any language.</summary>
    public string? Language { get; init; }

    /// <summary>True when every message declaration of the project could be read.</summary>
    public bool IsSettled => Unsettled.IsEmpty;

    /// <summary>Whether a (name, version) absent from <see cref="Messages"/> may belong to an unsettled declaration.</summary>
    public bool MayBeUnsettled(string name, int version)
        => Unsettled.Any(u => u.Name.Length == 0 || (u.Name == name && u.Version == version));
}

/// <summary>A message declaration that has an error right now; <see cref="Name"/> is empty when its identity is unknown.</summary>
/// <param name="Name">The message name, or empty.</param>
/// <param name="Version">The message version, or 0.</param>
public sealed record UnsettledMessage(string Name, int Version);
