using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Contracts.Diagnostics;
using Contracts.Serialization;

namespace Contracts;

/// <summary>
/// Serializes a message with its generated serializer, wraps it in the envelope and hands it to the transport.
/// Generated publishers call this; use a publisher (<c>[Publishes&lt;T&gt;]</c>) so the compiler knows what you send.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MessageSender
{
    /// <summary>The activity source publish and consume spans are created on (<see cref="ContractsTelemetry.ActivitySource"/>).</summary>
    public static readonly ActivitySource ActivitySource = ContractsTelemetry.ActivitySource;

    private readonly IMessageTransport _transport;
    private readonly string? _producer;

    /// <summary>Creates a sender over <paramref name="transport"/>.</summary>
    /// <param name="transport">Where messages go.</param>
    /// <param name="producer">
    /// The publishing service's name, sent as <see cref="EnvelopeHeaders.Producer"/> so consumers can tell producers apart
    /// (the hosting registration uses the host's application name); null sends none.
    /// </param>
    public MessageSender(IMessageTransport transport, string? producer = null)
    {
        _transport = transport ?? throw new ArgumentNullException(nameof(transport));
        _producer = string.IsNullOrEmpty(producer) ? null : producer;
    }

    /// <summary>The name sent as <see cref="EnvelopeHeaders.Producer"/>, or null.</summary>
    public string? Producer => _producer;

    /// <summary>Publishes <paramref name="message"/>; completes when the transport accepted it.</summary>
    /// <exception cref="ArgumentException">A custom header uses a reserved name: one starting with <c>contracts-</c> or an envelope header.</exception>
    public ValueTask SendAsync<TMessage>(TMessage message, PublishOptions? options, CancellationToken cancellationToken)
        where TMessage : IMessage<TMessage>
    {
        try
        {
            ArgumentNullException.ThrowIfNull(message);
            var custom = CustomHeaders(options);

            // Nobody listening is the common case: then there is no span to create and no span name to build, no clock
            // to read, and no async state machine either.
            return ActivitySource.HasListeners() || MessagingMetrics.PublishObserved
                ? SendObservedAsync(message, custom, options, cancellationToken)
                : _transport.PublishAsync(Envelope(message, custom, options), cancellationToken);
        }
        catch (Exception exception)
        {
            // Callers get every failure through the returned task, as they did when this method was async throughout.
            return ValueTask.FromException(exception);
        }
    }

    // The span and the duration cover the transport's accept (a broker's confirm), not only the serialization. The span
    // starts first so that the envelope's traceparent is the publish span's: the consumer's span becomes its child.
    private async ValueTask SendObservedAsync<TMessage>(
        TMessage message, KeyValuePair<string, string>[] custom, PublishOptions? options, CancellationToken cancellationToken)
        where TMessage : IMessage<TMessage>
    {
        var descriptor = TMessage.ContractDescriptor;
        var system = _transport.MessagingSystem;
        var started = Stopwatch.GetTimestamp();
        using var activity = ActivitySource.StartActivity(descriptor.PublishSpanName, ActivityKind.Producer);
        Exception? error = null;
        try
        {
            var envelope = Envelope(message, custom, options);
            if (activity is { IsAllDataRequested: true })
            {
                SpanTags.Publish(activity, system, descriptor.Key, envelope);
            }

            await _transport.PublishAsync(envelope, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            error = exception;
            SpanTags.Failed(activity, exception);
            throw;
        }
        finally
        {
            MessagingMetrics.Published(system, descriptor.Key, started, error);
        }
    }

    // The body is a fresh exact-size array the sender never touches again, so transports may keep it without copying.
    private TransportMessage Envelope<TMessage>(TMessage message, KeyValuePair<string, string>[] custom, PublishOptions? options)
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
            _producer,
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
