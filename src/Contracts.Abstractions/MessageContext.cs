using System;
using System.Collections.Generic;

namespace Contracts;

/// <summary>What a consumer knows about the message it handles, read from the envelope.</summary>
public sealed class MessageContext
{
    /// <summary>Creates a context; transports and the generated dispatcher create these, consumers read them.</summary>
    public MessageContext(string messageId, MessageKey key, IReadOnlyDictionary<string, string> headers, int redeliveryCount)
    {
        MessageId = messageId ?? throw new ArgumentNullException(nameof(messageId));
        Key = key;
        Headers = headers ?? throw new ArgumentNullException(nameof(headers));
        RedeliveryCount = redeliveryCount;
    }

    /// <summary>The id the publisher gave the message; stable across redeliveries, so consumers can de-duplicate on it.</summary>
    public string MessageId { get; }

    /// <summary>The message's name and version on the wire.</summary>
    public MessageKey Key { get; }

    /// <summary>The message name on the wire.</summary>
    public string MessageName => Key.Name;

    /// <summary>The message version on the wire.</summary>
    public int Version => Key.Version;

    /// <summary>All envelope headers, including <see cref="EnvelopeHeaders"/> and any custom ones.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>How many times this message was delivered before (0 on the first delivery).</summary>
    public int RedeliveryCount { get; }

    /// <summary>The writer's schema fingerprint (<see cref="EnvelopeHeaders.SchemaFingerprint"/>), or null when the message has none.</summary>
    public string? SchemaFingerprint => Headers.TryGetValue(EnvelopeHeaders.SchemaFingerprint, out var value) && value.Length > 0 ? value : null;

    /// <summary>The publishing service (<see cref="EnvelopeHeaders.Producer"/>), or null when the message does not say.</summary>
    public string? Producer => Headers.TryGetValue(EnvelopeHeaders.Producer, out var value) && value.Length > 0 ? value : null;

    /// <summary>The W3C <c>traceparent</c> the publisher sent, if any.</summary>
    public string? TraceParent => Headers.TryGetValue(EnvelopeHeaders.TraceParent, out var value) ? value : null;
}
