using System;
using System.Collections.Generic;
using System.Linq;
using Contracts.Schema.Compatibility;
using Contracts.Schema.Manifest;
using Contracts.Generator.Model;

using Contracts.Schema;

namespace Contracts.Generator.Evolution;

/// <summary>A message this project publishes and/or consumes, with its schema and where to point errors.</summary>
internal sealed record CurrentMessage(ManifestMessage Entry, string TypeName, LocationInfo? Usage);

/// <summary>
/// The manifest the project's code implies today, and where its messages and members are declared: what both the
/// evolution gate (against the lock) and the cross-service gate (against other services' manifests) check.
/// </summary>
internal sealed record ProjectContracts(
    string ServiceName,
    EquatableArray<CurrentMessage> Messages,
    EquatableArray<MessageLocations> Locations,
    EquatableArray<MessageIdentity> Unsettled = default)
{
    /// <summary>
    /// Whether a locked (name, version) absent from the code may belong to a [Message] type that has an error right
    /// now: then its absence says nothing (the type is being edited), and no removal is reported for it.
    /// </summary>
    public bool MayBeUnsettled(string name, int version)
        => Unsettled.Any(u => u.Name.Length == 0 || (u.Name == name && u.Version == version));

    /// <summary>True when every [Message] type of the project could be read.</summary>
    public bool IsSettled => Unsettled.IsEmpty;

    public ContractManifest ToManifest() => new(ServiceName, Messages.Select(m => m.Entry).ToEquatableArray());

    /// <summary>The member a violation is about, else the message's declaration, else where the project uses it.</summary>
    public LocationInfo? MemberLocation(CurrentMessage message, string wireName)
    {
        var declared = Locations.FirstOrDefault(l => l.TypeName == message.TypeName);
        if (declared is null)
        {
            return message.Usage;
        }

        return declared.Members.FirstOrDefault(m => m.WireName == wireName)?.Location ?? declared.Type ?? message.Usage;
    }

    /// <summary>The message's declaration when it is in this project, else where the project uses it.</summary>
    public LocationInfo? TypeLocation(CurrentMessage message)
        => Locations.FirstOrDefault(l => l.TypeName == message.TypeName)?.Type ?? message.Usage;
}

/// <summary>Builds the manifest the project's code implies today: one entry per (name, version) it uses.</summary>
internal static class CurrentContracts
{
    public static ProjectContracts Build(ProjectInput input)
    {
        var catalog = new SchemaCatalog(input.LocalTypes, input.LocalEnums, input.Referenced);
        var projectMode = ParseMode(input.ProjectMode);
        var result = new List<CurrentMessage>();
        var byKey = input.Usages
            .GroupBy(u => (u.Message.Name, u.Message.Version))
            .OrderBy(g => g.Key.Name, StringComparer.Ordinal).ThenBy(g => g.Key.Version);
        foreach (var usages in byKey)
        {
            var publishes = usages.Any(u => u.Publishes);
            var consumes = usages.Any(u => !u.Publishes);
            var role = publishes && consumes ? MessageRole.Both : publishes ? MessageRole.Publishes : MessageRole.Consumes;

            // The message's own [Message(Compatibility = ...)] wins over the project's setting, which wins over the role.
            var first = usages.OrderBy(u => u.Publishes ? 0 : 1).ThenBy(u => u.Message.TypeName, StringComparer.Ordinal).First();
            var mode = first.Message.Compatibility is { } own ? (CompatibilityMode)own : projectMode ?? CompatibilityEngine.DefaultMode(role);
            var schema = SchemaAssembler.Build(catalog, first.Message.TypeName, usages.Key.Name, usages.Key.Version, mode);
            if (schema is not null)
            {
                result.Add(new CurrentMessage(new ManifestMessage(role, schema), first.Message.TypeName, first.Location));
            }
        }

        return new ProjectContracts(input.ServiceName, result.ToEquatableArray(), input.Locations, input.Unsettled);
    }

    public static CompatibilityMode? ParseMode(string? text)
        => !string.IsNullOrWhiteSpace(text) && Enum.TryParse<CompatibilityMode>(text!.Trim(), ignoreCase: true, out var mode) ? mode : null;
}
