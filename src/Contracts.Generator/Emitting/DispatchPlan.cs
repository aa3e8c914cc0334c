using System;
using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Specs;

namespace Contracts.Generator.Emitting;

/// <summary>
/// A message type a dispatch route reads or converts into, and who gets it there: the consumers of this type, and the
/// upcasters that convert it further. A root is read from the body; every other node is its parent, upcast.
/// </summary>
internal sealed class DeliveryNode(string typeName, string? upcaster)
{
    public string TypeName { get; } = typeName;

    /// <summary>The upcaster that makes this node from its parent; null for a root.</summary>
    public string? Upcaster { get; } = upcaster;

    public List<string> Consumers { get; } = new();

    public List<DeliveryNode> Next { get; } = new();

    public DeliveryNode Child(UpcastSpec upcast)
    {
        var child = Next.FirstOrDefault(n => n.Upcaster == upcast.TypeName && n.TypeName == upcast.To.TypeName);
        if (child is null)
        {
            Next.Add(child = new DeliveryNode(upcast.To.TypeName, upcast.TypeName));
        }

        return child;
    }
}

/// <summary>One (name, version) the service accepts, and the types it is read into (each a tree of deliveries).</summary>
internal sealed record DispatchRoute(string Name, int Version, IReadOnlyList<DeliveryNode> Views);

/// <summary>
/// Decides, at compile time, how each incoming (name, version) reaches each consumer: under the message's name or one
/// of its aliases, read into one of the service's views of it, then through the shortest chain of upcasters to a type
/// the consumer handles. Each consumer gets one delivery per incoming message: through the nearest type it consumes
/// (fewest upcasts; then by C# name), never once per path, so a consumer of both v1 and v2 gets a v1 as v1 only.
/// </summary>
internal static class DispatchPlan
{
    public static IReadOnlyList<DispatchRoute> Of(ServiceSpec spec)
    {
        var graph = new UpcastGraph(spec.Consumers.SelectMany(c => c.Upcasts));
        var readable = spec.Consumers.SelectMany(c => c.Messages.Concat(c.Upcasts.Select(u => u.From))).Distinct().ToList();
        var routes = new List<DispatchRoute>();
        foreach (var key in readable.SelectMany(Keys).Distinct().OrderBy(k => k.Name, StringComparer.Ordinal).ThenBy(k => k.Version))
        {
            var views = readable.Where(m => Keys(m).Contains(key)).Select(m => m.TypeName).Distinct().OrderBy(t => t, StringComparer.Ordinal).ToList();
            var roots = Deliver(spec, graph, views);
            if (roots.Count > 0)
            {
                routes.Add(new DispatchRoute(key.Name, key.Version, roots));
            }
        }

        return routes;
    }

    private static List<DeliveryNode> Deliver(ServiceSpec spec, UpcastGraph graph, List<string> views)
    {
        var paths = views.ToDictionary(v => v, graph.PathsFrom, StringComparer.Ordinal);
        var roots = views.ToDictionary(v => v, v => new DeliveryNode(v, null), StringComparer.Ordinal);
        foreach (var consumer in spec.Consumers.Where(c => c.Messages.Count > 0).OrderBy(c => c.TypeName, StringComparer.Ordinal))
        {
            var best = views
                .SelectMany(view => consumer.Messages
                    .Where(m => paths[view].ContainsKey(m.TypeName))
                    .Select(m => (View: view, Path: paths[view][m.TypeName], Target: m.TypeName)))
                .OrderBy(c => c.Path.Count).ThenBy(c => c.View, StringComparer.Ordinal).ThenBy(c => c.Target, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best.View is null)
            {
                continue;
            }

            var node = roots[best.View];
            foreach (var upcast in best.Path)
            {
                node = node.Child(upcast);
            }

            node.Consumers.Add(consumer.TypeName);
        }

        return roots.Values.Where(HasConsumers).OrderBy(r => r.TypeName, StringComparer.Ordinal).ToList();
    }

    private static bool HasConsumers(DeliveryNode node) => node.Consumers.Count > 0 || node.Next.Any(HasConsumers);

    private static IEnumerable<(string Name, int Version)> Keys(MessageRef message)
        => new[] { message.Name }.Concat(message.Aliases).Select(name => (name, message.Version));
}
