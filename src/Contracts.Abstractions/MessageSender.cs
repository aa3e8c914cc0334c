using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Contracts.Serialization;

namespace Contracts;

/// <summary>
/// Serializes a message with its generated serializer, wraps it in the envelope and hands it to the transport.
/// Generated publishers call this; use a publisher (<c>[Publishes&lt;T&gt;]</c>) so the compiler knows what you send.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MessageSender
{
    /// <summary>The activity source publish and consume spans are created on.</summary>
    public static readonly ActivitySource ActivitySource = new("Contracts");

    private readonly IMessageTransport _transport;

    /// <summary>Creates a sender over <paramref name="transport"/>.</summary>
    public MessageSender(IMessageTransport transport) => _transport = transport ?? throw new ArgumentNullException(nameof(transport));

    /// <summary>Publishes <paramref name="message"/>; completes when the transport accepted it.</summary>
    public ValueTask SendAsync<TMessage>(TMessage message, PublishOptions? options, CancellationToken cancellationToken)
        where TMessage : IMessage<TMessage>
    {
        ArgumentNullException.ThrowIfNull(message);
        var descriptor = TMessage.ContractDescriptor;
        using var activity = ActivitySource.StartActivity("publish " + descriptor.Key.Name, ActivityKind.Producer);

        var body = new ArrayBufferWriter<byte>(256);
        ContractSerializer.Serialize(message, body);

        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (options?.Headers is { } custom)
        {
            foreach (var (name, value) in custom)
            {
                if (name.StartsWith("contracts-", StringComparison.OrdinalIgnoreCase))
                {
                    throw new ArgumentException($"Header '{name}' is reserved: names starting with 'contracts-' belong to the envelope.", nameof(options));
                }

                headers[name] = value;
            }
        }

        headers[EnvelopeHeaders.MessageName] = descriptor.Key.Name;
        headers[EnvelopeHeaders.MessageVersion] = descriptor.Key.Version.ToString(CultureInfo.InvariantCulture);
        headers[EnvelopeHeaders.MessageId] = options?.MessageId ?? Guid.NewGuid().ToString("N");
        headers[EnvelopeHeaders.ContentType] = EnvelopeHeaders.JsonContentType;
        headers[EnvelopeHeaders.SchemaFingerprint] = descriptor.Fingerprint;
        if (Activity.Current is { } current)
        {
            headers[EnvelopeHeaders.TraceParent] = current.Id!;
        }

        return _transport.PublishAsync(new TransportMessage(headers, body.WrittenMemory), cancellationToken);
    }
}
