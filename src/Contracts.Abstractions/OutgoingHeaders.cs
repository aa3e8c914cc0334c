using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Contracts;

/// <summary>
/// The envelope headers of a message <see cref="MessageSender"/> publishes: the envelope values as fields and the custom
/// headers as an array, instead of a dictionary built per message. Immutable, so transports may keep it as it is.
/// </summary>
/// <remarks>
/// It also remembers the body the sender serialized for it: a transport that finds <see cref="OwnsBody"/> true knows
/// the body is a fresh array nobody else writes to and need not copy it.
/// Enumeration order is the order the sender used to insert headers: custom headers first, then the envelope.
/// </remarks>
internal sealed class OutgoingHeaders : IReadOnlyDictionary<string, string>
{
    private readonly KeyValuePair<string, string>[] _custom;
    private readonly string _name;
    private readonly string _version;
    private readonly string _messageId;
    private readonly string _fingerprint;
    private readonly string? _producer;
    private readonly string? _traceParent;
    private readonly byte[] _body;

    public OutgoingHeaders(
        KeyValuePair<string, string>[] custom, string name, string version, string messageId, string fingerprint, string? producer, string? traceParent, byte[] body)
    {
        _custom = custom;
        _name = name;
        _version = version;
        _messageId = messageId;
        _fingerprint = fingerprint;
        _producer = producer;
        _traceParent = traceParent;
        _body = body;
    }

    public int Count => _custom.Length + 5 + (_producer is null ? 0 : 1) + (_traceParent is null ? 0 : 1);

    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var header in this)
            {
                yield return header.Key;
            }
        }
    }

    public IEnumerable<string> Values
    {
        get
        {
            foreach (var header in this)
            {
                yield return header.Value;
            }
        }
    }

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"Header '{key}' is not present.");

    /// <summary>True when <paramref name="body"/> is exactly the array serialized together with these headers.</summary>
    public bool OwnsBody(ReadOnlyMemory<byte> body)
        => System.Runtime.InteropServices.MemoryMarshal.TryGetArray(body, out var segment)
            && ReferenceEquals(segment.Array, _body) && segment.Offset == 0 && segment.Count == _body.Length;

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    // Ordinal, like the dictionary this replaces; the sender rejects custom headers that would shadow the envelope ones.
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        value = key switch
        {
            EnvelopeHeaders.MessageName => _name,
            EnvelopeHeaders.MessageVersion => _version,
            EnvelopeHeaders.MessageId => _messageId,
            EnvelopeHeaders.ContentType => EnvelopeHeaders.JsonContentType,
            EnvelopeHeaders.SchemaFingerprint => _fingerprint,
            EnvelopeHeaders.Producer => _producer,
            EnvelopeHeaders.TraceParent => _traceParent,
            _ => null,
        };
        return value is not null || TryGetCustom(key, out value);
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        foreach (var header in _custom)
        {
            yield return header;
        }

        yield return new(EnvelopeHeaders.MessageName, _name);
        yield return new(EnvelopeHeaders.MessageVersion, _version);
        yield return new(EnvelopeHeaders.MessageId, _messageId);
        yield return new(EnvelopeHeaders.ContentType, EnvelopeHeaders.JsonContentType);
        yield return new(EnvelopeHeaders.SchemaFingerprint, _fingerprint);
        if (_producer is not null)
        {
            yield return new(EnvelopeHeaders.Producer, _producer);
        }

        if (_traceParent is not null)
        {
            yield return new(EnvelopeHeaders.TraceParent, _traceParent);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private bool TryGetCustom(string key, [MaybeNullWhen(false)] out string value)
    {
        foreach (var header in _custom)
        {
            if (string.Equals(header.Key, key, StringComparison.Ordinal))
            {
                value = header.Value;
                return true;
            }
        }

        value = null;
        return false;
    }
}
