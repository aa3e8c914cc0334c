using System;
using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Specs;
using Contracts.Schema;
using Contracts.Schema.Compatibility;
using Contracts.Schema.Gates;
using Contracts.Schema.Manifest;

namespace Contracts.Generator.Gates;

/// <summary>A message the project publishes and/or consumes: the C# type that declares its schema, and where it is used.</summary>
internal sealed record MessageSite(string Name, int Version, string TypeName, LocationInfo? Usage);

/// <summary>
/// The project's contracts for the gates (the schema library's <see cref="ProjectContracts"/>), and what is needed to
/// put a finding back into the sources: which type declares each message and where its members are declared.
/// </summary>
internal sealed record LocalProject(ProjectContracts Contracts, EquatableArray<MessageSite> Sites, EquatableArray<MessageLocations> Locations)
{
    /// <summary>One entry per (name, version) the project uses; its schema from the catalog of local and referenced types.</summary>
    public static LocalProject Build(string service, string? projectMode, ProjectUsages usages, LocalContracts local, ReferencedContracts referenced)
    {
        var catalog = new SchemaCatalog(local.Types, local.Enums, referenced);
        var fallbackMode = CompatibilityModes.Parse(projectMode, ignoreCase: true);
        var messages = new List<ManifestMessage>();
        var sites = new List<MessageSite>();
        foreach (var byKey in usages.Usages.GroupBy(u => (u.Message.Name, u.Message.Version)).OrderBy(g => g.Key.Name, StringComparer.Ordinal).ThenBy(g => g.Key.Version))
        {
            var role = Role(byKey);

            // The message's own [Message(Compatibility = ...)] wins over the project's setting, which wins over the role.
            var first = byKey.OrderBy(u => u.Publishes ? 0 : 1).ThenBy(u => u.Message.TypeName, StringComparer.Ordinal).First();
            var mode = CompatibilityModes.FromAttribute(first.Message.Compatibility) ?? fallbackMode ?? CompatibilityEngine.DefaultMode(role);
            if (SchemaAssembler.Build(catalog, first.Message.TypeName, byKey.Key.Name, byKey.Key.Version, mode) is { } schema)
            {
                var aliases = byKey.SelectMany(u => u.Message.Aliases).Distinct().OrderBy(a => a, StringComparer.Ordinal).ToEquatableArray();
                messages.Add(new ManifestMessage(role, schema, Aliases: aliases, UpcastFrom: usages.SourcesOf(schema.Name, schema.Version)));
                sites.Add(new MessageSite(schema.Name, schema.Version, first.Message.TypeName, first.Location));
            }
        }

        var unsettled = local.Unsettled.Select(u => new UnsettledMessage(u.Name, u.Version)).Distinct().ToEquatableArray();
        return new LocalProject(new ProjectContracts(service, messages.ToEquatableArray(), unsettled), sites.ToEquatableArray(), local.Locations);
    }

    /// <summary>The findings as diagnostics, each at the source (or file) location of its site.</summary>
    public EquatableArray<DiagnosticInfo> Place(IEnumerable<Finding> findings) => findings.Select(f => Diagnose.Finding(f, Locate(f.Site))).ToEquatableArray();

    /// <summary>The member a finding is about, else the message's declaration, else where the project uses it.</summary>
    private LocationInfo? Locate(FindingSite site)
    {
        if (site.FilePath is { } path)
        {
            return LocationInfo.InFile(path, site.Line, site.Column);
        }

        var message = Sites.FirstOrDefault(s => s.Name == site.MessageName && s.Version == site.MessageVersion);
        var declared = message is null ? null : Locations.FirstOrDefault(l => l.TypeName == message.TypeName);
        var member = site.Member is { } wireName ? declared?.Members.FirstOrDefault(m => m.WireName == wireName)?.Location : null;
        return member ?? declared?.Type ?? message?.Usage;
    }

    private static MessageRole Role(IEnumerable<MessageUsage> usages)
    {
        var publishes = usages.Any(u => u.Publishes);
        var consumes = usages.Any(u => !u.Publishes);
        return publishes && consumes ? MessageRole.Both : publishes ? MessageRole.Publishes : MessageRole.Consumes;
    }
}
