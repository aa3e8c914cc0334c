using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Contracts.Generator.Specs;

/// <summary>
/// The upcasters of a project as a graph of message types (by C# name: a service may hold two views of one message):
/// an edge from each upcaster's source to its target. Shared by the loop check, the gates (which older messages reach
/// a consumer) and the dispatcher (how each incoming message reaches each consumer), so all three agree.
/// </summary>
internal sealed class UpcastGraph
{
    private readonly Dictionary<string, List<UpcastSpec>> _from = new(StringComparer.Ordinal);

    public UpcastGraph(IEnumerable<UpcastSpec> upcasts)
    {
        // Ordered, so that every walk (and so every choice between two equally short paths) is the same on every build.
        foreach (var upcast in upcasts.Distinct().OrderBy(u => u.To.TypeName, StringComparer.Ordinal).ThenBy(u => u.TypeName, StringComparer.Ordinal))
        {
            if (!_from.TryGetValue(upcast.From.TypeName, out var edges))
            {
                _from.Add(upcast.From.TypeName, edges = new List<UpcastSpec>());
            }

            edges.Add(upcast);
        }
    }

    /// <summary>The upcasters that convert <paramref name="typeName"/>, in the graph's order.</summary>
    public IReadOnlyList<UpcastSpec> From(string typeName) => _from.TryGetValue(typeName, out var edges) ? edges : Array.Empty<UpcastSpec>();

    /// <summary>
    /// The upcasters from which one of <paramref name="consumed"/> can be reached (directly or through a chain): the
    /// conversions a message actually travels. Any other upcaster converts into something nobody here reads.
    /// </summary>
    public IReadOnlyList<UpcastSpec> Reaching(IEnumerable<string> consumed)
    {
        var reached = new HashSet<string>(consumed, StringComparer.Ordinal);
        var used = new List<UpcastSpec>();
        var all = _from.Values.SelectMany(e => e).ToList();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var upcast in all.Where(u => reached.Contains(u.To.TypeName) && !used.Contains(u)).ToList())
            {
                used.Add(upcast);
                reached.Add(upcast.From.TypeName);
                changed = true;
            }
        }

        return used;
    }

    /// <summary>Shortest paths from <paramref name="start"/> to every type it can be converted into (breadth first).</summary>
    public Dictionary<string, List<UpcastSpec>> PathsFrom(string start)
    {
        var paths = new Dictionary<string, List<UpcastSpec>>(StringComparer.Ordinal) { [start] = new List<UpcastSpec>() };
        var queue = new Queue<string>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            foreach (var upcast in From(type).Where(u => !paths.ContainsKey(u.To.TypeName)))
            {
                paths[upcast.To.TypeName] = new List<UpcastSpec>(paths[type]) { upcast };
                queue.Enqueue(upcast.To.TypeName);
            }
        }

        return paths;
    }

    /// <summary>
    /// Each upcaster that closes a loop, with the loop it closes (<c>a v1 -> a v2 -> a v1</c>): a depth-first walk from
    /// every type in order, reporting the edge back to a type still on the walk. One report per loop found that way.
    /// </summary>
    public IEnumerable<(UpcastSpec Upcast, string Loop)> Loops()
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<(UpcastSpec, string)>();
        foreach (var start in _from.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            Walk(start, new List<UpcastSpec>(), done, found);
        }

        return found;
    }

    private void Walk(string type, List<UpcastSpec> stack, HashSet<string> done, List<(UpcastSpec, string)> found)
    {
        if (!done.Add(type))
        {
            return;
        }

        foreach (var upcast in From(type))
        {
            var back = stack.FindIndex(u => u.From.TypeName == upcast.To.TypeName);
            if (back >= 0 || upcast.To.TypeName == upcast.From.TypeName)
            {
                var loop = back >= 0 ? stack.Skip(back).ToList() : new List<UpcastSpec>();
                loop.Add(upcast);
                found.Add((upcast, string.Join(" -> ", loop.Select(u => Display(u.From)).Concat(new[] { Display(upcast.To) }))));
                continue;
            }

            stack.Add(upcast);
            Walk(upcast.To.TypeName, stack, done, found);
            stack.RemoveAt(stack.Count - 1);
        }
    }

    private static string Display(MessageRef message) => message.Name + " v" + message.Version.ToString(CultureInfo.InvariantCulture);
}
