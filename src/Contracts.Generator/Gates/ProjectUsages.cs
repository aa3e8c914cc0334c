using System;
using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Specs;
using Contracts.Schema;
using Contracts.Schema.Manifest;

namespace Contracts.Generator.Gates;

/// <summary>What one consumer declaration adds to the project's usages: the messages it consumes, and its upcasters.</summary>
internal sealed record ConsumerUse(EquatableArray<MessageUsage> Usages, EquatableArray<UpcastSite> Upcasts);

/// <summary>
/// Where the project publishes and consumes each message, and the upcasters a message travels through to reach one of
/// its consumers. The source of such an upcaster counts as consumed (its view is what the service reads, and what a
/// producer's v1 is checked against); an upcaster into something nobody here consumes counts for nothing.
/// </summary>
internal sealed record ProjectUsages(EquatableArray<MessageUsage> Usages, EquatableArray<UpcastSpec> Upcasts)
{
    public static ProjectUsages Of(IEnumerable<MessageUsage> direct, IEnumerable<UpcastSite> upcasts)
    {
        var usages = direct.ToList();
        var sites = upcasts.ToList();
        var graph = new UpcastGraph(sites.Select(s => s.Upcast));
        var used = graph.Reaching(usages.Where(u => !u.Publishes).Select(u => u.Message.TypeName));
        foreach (var upcast in used)
        {
            var at = sites.First(s => s.Upcast == upcast).Location;
            usages.Add(new MessageUsage(upcast.From, Publishes: false, at));
        }

        return new ProjectUsages(
            usages.Distinct()
                .OrderBy(u => u.Message.Name, StringComparer.Ordinal).ThenBy(u => u.Message.Version).ThenBy(u => u.Publishes).ThenBy(u => u.Message.TypeName, StringComparer.Ordinal)
                .ToEquatableArray(),
            used.OrderBy(u => u.TypeName, StringComparer.Ordinal).ThenBy(u => u.From.TypeName, StringComparer.Ordinal).ThenBy(u => u.To.TypeName, StringComparer.Ordinal).ToEquatableArray());
    }

    /// <summary>The messages upcast into (<paramref name="name"/>, <paramref name="version"/>), one step each, sorted.</summary>
    public EquatableArray<UpcastSource> SourcesOf(string name, int version)
        => Upcasts.Where(u => u.To.Name == name && u.To.Version == version)
            .Select(u => new UpcastSource(u.From.Name, u.From.Version)).Distinct()
            .OrderBy(u => u.Name, StringComparer.Ordinal).ThenBy(u => u.Version).ToEquatableArray();
}
