using System;
using System.Collections.Generic;
using System.Linq;
using Contracts.Import.Schemas;
using Contracts.Import.Source;
using Contracts.Schema;
using Contracts.Schema.Compatibility;
using Contracts.Schema.Manifest;

namespace Contracts.Import;

/// <summary>
/// The messages a document declares, gathered by identity (name + version): a message both sent and received is one
/// entry with role <c>both</c>; one identity with two different payloads is an error. Each payload is converted once,
/// with its own nested types (names of nested types belong to their message, as in a manifest).
/// </summary>
internal sealed class ImportedMessages(SourceFiles files, References references, Func<string, string> typeName)
{
    private readonly Dictionary<(string Name, int Version), Entry> _entries = new();

    /// <summary>Adds what <paramref name="payload"/> (the message body's schema) says, as one of the document's <paramref name="role"/>s.</summary>
    public void Add(string name, int version, MessageRole role, Node payload, Node at)
    {
        var key = (name, version);
        if (_entries.TryGetValue(key, out var entry))
        {
            entry.Publishes |= role != MessageRole.Consumes;
            entry.Consumes |= role != MessageRole.Publishes;
            if (!SameNode(entry.Payload, payload) && Convert(name, version, payload) is { } other && entry.Schema is { } first && !Equivalent(first, other))
            {
                files.Error(at.Error(name + " v" + version + " is declared twice with different payloads (first at line " + entry.Payload.Line + "); one shape per name and version"));
            }

            return;
        }

        _entries.Add(key, new Entry(payload, Convert(name, version, payload))
        {
            Publishes = role != MessageRole.Consumes,
            Consumes = role != MessageRole.Publishes,
        });
    }

    /// <summary>The manifest, when nothing failed.</summary>
    public ContractManifest? Manifest(string service, string language)
    {
        var messages = new List<ManifestMessage>();
        foreach (var entry in _entries.Values)
        {
            if (entry.Schema is not { } schema)
            {
                return null;
            }

            var role = entry.Publishes && entry.Consumes ? MessageRole.Both : entry.Publishes ? MessageRole.Publishes : MessageRole.Consumes;
            messages.Add(new ManifestMessage(role, schema with { Compatibility = CompatibilityEngine.DefaultMode(role) }));
        }

        return new ContractManifest(service, messages.ToEquatableArray()) { Language = language };
    }

    private ContractSchema? Convert(string name, int version, Node payload)
    {
        var converter = new SchemaConverter(files, references, typeName);
        var members = converter.Body(payload);
        return members is null
            ? null
            : new ContractSchema(
                name, version, CompatibilityMode.None,
                members.OrderBy(m => m.WireName, StringComparer.Ordinal).ToEquatableArray(),
                converter.Types.Objects.OrderBy(o => o.Name, StringComparer.Ordinal).ToEquatableArray(),
                converter.Types.Enums.OrderBy(e => e.Name, StringComparer.Ordinal).ToEquatableArray());
    }

    private static bool SameNode(Node a, Node b) => ReferenceEquals(a.Yaml, b.Yaml);

    private static bool Equivalent(ContractSchema a, ContractSchema b) => SchemaFingerprint.Of(a) == SchemaFingerprint.Of(b);

    private sealed class Entry(Node payload, ContractSchema? schema)
    {
        public Node Payload { get; } = payload;

        public ContractSchema? Schema { get; } = schema;

        public bool Publishes { get; set; }

        public bool Consumes { get; set; }
    }
}
