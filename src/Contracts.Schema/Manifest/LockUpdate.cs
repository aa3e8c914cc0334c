using System;
using System.Collections.Generic;
using System.Linq;
using Contracts.Schema.Compatibility;

namespace Contracts.Schema.Manifest;

/// <summary>
/// What updating the lock (<c>dotnet build -p:UpdateContractsLock=true</c>) does, as a pure function of the old
/// lock and the contracts in code, and which locked schemas a check compares against.
/// A message's version is bumped only for breaking changes; a compatible change is accepted by updating the lock
/// under the same (name, version). The TRANSITIVE modes promise compatibility with every schema the lock ever held
/// for that (name, version), so an update that changes a schema keeps the one it replaces as history.
/// </summary>
public static class LockUpdate
{
    /// <summary>
    /// The new lock: <paramref name="current"/> (what the code has now), each message carrying the history of its
    /// (name, version) from <paramref name="previous"/> (null when there was no lock). Messages absent from
    /// <paramref name="current"/> are dropped: accepting their removal is what updating the lock means.
    /// </summary>
    public static ContractManifest Merge(ContractManifest? previous, ContractManifest current)
    {
        var locked = new Dictionary<(string, int), ManifestMessage>();
        foreach (var message in previous?.Messages ?? EquatableArray<ManifestMessage>.Empty)
        {
            // A lock read from disk has one entry per name and version; a hand-built one with more keeps the
            // first instead of throwing.
            var key = (message.Schema.Name, message.Schema.Version);
            if (!locked.ContainsKey(key))
            {
                locked.Add(key, message);
            }
        }

        var merged = current.Messages
            .Select(m => MergeMessage(locked.TryGetValue((m.Schema.Name, m.Schema.Version), out var old) ? old : null, m))
            .ToEquatableArray();
        return current with { Messages = merged };
    }

    /// <summary>
    /// The locked schemas of one message, oldest first: its history, then its latest schema. What
    /// <see cref="CompatibilityEngine.Check"/> takes; the non-transitive modes use only the last.
    /// </summary>
    public static IReadOnlyList<ContractSchema> LockedVersions(ManifestMessage locked) =>
        locked.History.Concat(new[] { locked.Schema }).ToList();

    // The history of the code's message comes only from the old lock: code has no history of its own.
    private static ManifestMessage MergeMessage(ManifestMessage? locked, ManifestMessage current)
    {
        var schema = current.Schema;

        // Only the transitive modes ever read history; keeping every revision of every message forever would
        // only bloat the lock (and its diffs). Switching a message to a transitive mode starts its history then.
        if (locked is null || !CompatibilityEngine.IsTransitive(schema.Compatibility))
        {
            return current with { History = EquatableArray<ContractSchema>.Empty };
        }

        var history = locked.History.ToList();

        // A mode change alone is not a revision: the wire shape, which is all a reader sees, is the same.
        if (Shape(locked.Schema) != Shape(schema))
        {
            history.Add(locked.Schema);
        }

        // The file stores history without name, version or mode (they are the message's); the model agrees with it.
        return current with
        {
            History = history
                .Select(h => h with { Name = schema.Name, Version = schema.Version, Compatibility = schema.Compatibility })
                .ToEquatableArray(),
        };
    }

    /// <summary>
    /// The schema's content in the writer's canonical order, without identity or mode: two shapes are equal exactly
    /// when the schemas would be written as the same members, objects and enums. Declaration order is not a change
    /// on the wire; enum members keep their order, as the writer does: it is part of the enum. Shared with the
    /// evolution gate, which must agree with this class on what counts as "the lock is out of date".
    /// </summary>
    public static ContractSchema Shape(ContractSchema schema) => schema with
    {
        Name = "",
        Version = 0,
        Compatibility = CompatibilityMode.None,
        Members = Sorted(schema.Members),
        Objects = schema.Objects
            .Select(o => o with { Members = Sorted(o.Members) })
            .OrderBy(o => o.Name, StringComparer.Ordinal)
            .ToEquatableArray(),
        Enums = schema.Enums.OrderBy(e => e.Name, StringComparer.Ordinal).ToEquatableArray(),
    };

    private static EquatableArray<MemberSchema> Sorted(EquatableArray<MemberSchema> members) =>
        members.OrderBy(m => m.WireName, StringComparer.Ordinal).ToEquatableArray();
}
