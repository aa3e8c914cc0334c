using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
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
    /// <exception cref="ArgumentException">A custom header uses a reserved name: one starting with <c>contracts-</c> or an envelope header.</exception>
    public ValueTask SendAsync<TMessage>(TMessage message, PublishOptions? options, CancellationToken cancellationToken)
        where TMessage : IMessage<TMessage>
    {
        try
        {
            ArgumentNullException.ThrowIfNull(message);
            var custom = CustomHeaders(options);

            // Nobody listening is the common case: then there is no span to create and no span name to build, and no
            // async state machine either.
            return ActivitySource.HasListeners()
                ? SendTracedAsync(message, custom, options, cancellationToken)
                : _transport.PublishAsync(Envelope(message, custom, options), cancellationToken);
        }
        catch (Exception exception)
        {
            // Callers get every failure through the returned task, as they did when this method was async throughout.
            return ValueTask.FromException(exception);
        }
    }

    // The span covers the transport's accept (a broker's confirm), not only the serialization.
    private async ValueTask SendTracedAsync<TMessage>(
        TMessage message, KeyValuePair<string, string>[] custom, PublishOptions? options, CancellationToken cancellationToken)
        where TMessage : IMessage<TMessage>
    {
        using var activity = ActivitySource.StartActivity(TMessage.ContractDescriptor.PublishSpanName, ActivityKind.Producer);
        await _transport.PublishAsync(Envelope(message, custom, options), cancellationToken).ConfigureAwait(false);
    }

    // The body is a fresh exact-size array the sender never touches again, so transports may keep it without copying.
    private static TransportMessage Envelope<TMessage>(TMessage message, KeyValuePair<string, string>[] custom, PublishOptions? options)
        where TMessage : IMessage<TMessage>
    {
        var descriptor = TMessage.ContractDescriptor;
        var body = ContractSerializer.SerializeToUtf8Bytes(message);
        var traceParent = Activity.Current is { IdFormat: ActivityIdFormat.W3C, Id: { } id } ? id : null;
        var headers = new OutgoingHeaders(
            custom,
            descriptor.Key.Name,
            descriptor.VersionText,
            options?.MessageId ?? MessageIds.New(),
            descriptor.Fingerprint,
            traceParent,
            body);
        return new TransportMessage(headers, body);
    }

    // A custom header must never shadow the envelope: consumers route and de-duplicate on those values.
    private static KeyValuePair<string, string>[] CustomHeaders(PublishOptions? options)
    {
        if (options?.Headers is not { Count: > 0 } source)
        {
            return [];
        }

        var headers = new List<KeyValuePair<string, string>>(source.Count);
        foreach (var (name, value) in source)
        {
            if (IsReserved(name))
            {
                throw new ArgumentException(
                    $"Header '{name}' is reserved: names starting with 'contracts-' and the envelope headers belong to Contracts.",
                    nameof(options));
            }

            headers.Add(new(name, value));
        }

        return headers.ToArray();
    }

    private static bool IsReserved(string name)
        => name.StartsWith("contracts-", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, EnvelopeHeaders.MessageId, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, EnvelopeHeaders.ContentType, StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, EnvelopeHeaders.TraceParent, StringComparison.OrdinalIgnoreCase);
}
