using System;
using System.Collections.Generic;

namespace Contracts.Drift;

/// <summary>One producer schema the consumer's build checked: a message name and version and the writer's fingerprint.</summary>
/// <param name="MessageName">The message name on the wire.</param>
/// <param name="Version">The message version on the wire.</param>
/// <param name="Fingerprint">The producer's schema fingerprint, as it sends it in <see cref="EnvelopeHeaders.SchemaFingerprint"/>.</param>
public readonly record struct CheckedSchema(string MessageName, int Version, string Fingerprint);

/// <summary>
/// The producer schemas a consuming service's build checked against its consumers, per message name and version: the
/// fingerprints of the manifests its cross-service gate read. The generated dispatcher sets it on its
/// <see cref="Subscription.CheckedSchemas"/>; a delivery whose fingerprint is not in it (or that has none) came from a
/// producer deployed without that check, and is counted, logged and, in strict mode, dead-lettered.
/// </summary>
public sealed class CheckedSchemas
{
    private readonly Dictionary<MessageKey, HashSet<string>> _byKey = [];

    /// <summary>Creates the set from every checked schema; a key may have several fingerprints (several producers or versions of one).</summary>
    public CheckedSchemas(IEnumerable<CheckedSchema> schemas)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        foreach (var schema in schemas)
        {
            ArgumentException.ThrowIfNullOrEmpty(schema.Fingerprint, nameof(schemas));
            var key = new MessageKey(schema.MessageName, schema.Version);
            if (!_byKey.TryGetValue(key, out var fingerprints))
            {
                _byKey[key] = fingerprints = new HashSet<string>(StringComparer.Ordinal);
            }

            fingerprints.Add(schema.Fingerprint);
        }
    }

    /// <summary>True when the build checked a producer of <paramref name="key"/> that writes <paramref name="fingerprint"/>.</summary>
    public bool Contains(MessageKey key, string fingerprint)
        => _byKey.TryGetValue(key, out var fingerprints) && fingerprints.Contains(fingerprint);

    /// <summary>The fingerprints checked for <paramref name="key"/>; empty when the build checked no producer of it.</summary>
    public IReadOnlyCollection<string> For(MessageKey key) => _byKey.TryGetValue(key, out var fingerprints) ? fingerprints : [];
}
