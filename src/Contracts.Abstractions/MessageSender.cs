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

    private static readonly Dictionary<string, string> EmptyHeaders = new();

    private readonly IMessageTransport _transport;

    /// <summary>Creates a sender over <paramref name="transport"/>.</summary>
    public MessageSender(IMessageTransport transport) => _transport = transport ?? throw new ArgumentNullException(nameof(transport));

    /// <summary>Publishes <paramref name="message"/>; completes when the transport accepted it.</summary>
    /// <exception cref="ArgumentException">A custom header uses a reserved name: one starting with <c>contracts-</c> or an envelope header.</exception>
    public async ValueTask SendAsync<TMessage>(TMessage message, PublishOptions? options, CancellationToken cancellationToken)
        where TMessage : IMessage<TMessage>
    {
        ArgumentNullException.ThrowIfNull(message);
        var descriptor = TMessage.ContractDescriptor;
        var headers = CustomHeaders(options);

        // The span covers the transport's accept (a broker's confirm), not only the serialization.
        using var activity = ActivitySource.StartActivity("publish " + descriptor.Key.Name, ActivityKind.Producer);
        var body = new ArrayBufferWriter<byte>(256);
        ContractSerializer.Serialize(message, body);

        headers[EnvelopeHeaders.MessageName] = descriptor.Key.Name;
        headers[EnvelopeHeaders.MessageVersion] = descriptor.Key.Version.ToString(CultureInfo.InvariantCulture);
        headers[EnvelopeHeaders.MessageId] = options?.MessageId ?? Guid.NewGuid().ToString("N");
        headers[EnvelopeHeaders.ContentType] = EnvelopeHeaders.JsonContentType;
        headers[EnvelopeHeaders.SchemaFingerprint] = descriptor.Fingerprint;
        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C, Id: { } traceParent })
        {
            headers[EnvelopeHeaders.TraceParent] = traceParent;
        }

        await _transport.PublishAsync(new TransportMessage(headers, body.WrittenMemory), cancellationToken).ConfigureAwait(false);
    }

    // A custom header must never shadow the envelope: consumers route and de-duplicate on those values.
    private static Dictionary<string, string> CustomHeaders(PublishOptions? options)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in options?.Headers ?? EmptyHeaders)
        {
            if (IsReserved(name))
            {
                throw new ArgumentException(
                    $"Header '{name}' is reserved: names starting with 'contracts-' and the envelope headers belong to Contracts.",
                    nameof(options));
            }

            headers[name] = value;
        }

        return headers;
    }

    private static bool IsReserved(string name)
        => name.StartsWith("contracts-", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, EnvelopeHeaders.MessageId, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, EnvelopeHeaders.ContentType, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, EnvelopeHeaders.TraceParent, StringComparison.OrdinalIgnoreCase);
}
