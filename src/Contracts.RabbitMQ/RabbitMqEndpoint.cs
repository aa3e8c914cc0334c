using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Contracts.Hosting;
using Contracts.Serialization;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Contracts.RabbitMQ;

/// <summary>
/// One subscription: declares its queues, consumes with manual acks, and settles every delivery exactly one way —
/// ack after the handler succeeded, or send it on (retry queue or dead-letter queue, confirmed) and then ack.
/// A delivery is never acked before its outcome is stored, so a crash at any point redelivers instead of losing.
/// </summary>
internal sealed class RabbitMqEndpoint : IAsyncDisposable
{
    private readonly RabbitMqTransport _transport;
    private readonly Subscription _subscription;
    private readonly TransportMessageHandler _handler;
    private readonly RabbitMqOptions _options;
    private readonly Topology _topology;
    private readonly ILogger _logger;
    private readonly InFlightCounter _inFlight = new();
    private IChannel? _channel;
    private string? _consumerTag;
    private volatile bool _stopping;
    private Task? _disposal;

    public RabbitMqEndpoint(RabbitMqTransport transport, Subscription subscription, TransportMessageHandler handler, RabbitMqOptions options, ILogger logger)
    {
        _transport = transport;
        _subscription = subscription;
        _handler = handler;
        _options = options;
        _topology = new Topology(options);
        _logger = logger;
        Queue = _topology.Queue(subscription.Endpoint);
    }

    public string Queue { get; }

    public string RetryQueue => _topology.RetryQueue(_subscription.Endpoint);

    public int InFlight => _inFlight.Count;

    public async Task StartAsync(IConnection connection, CancellationToken cancellationToken)
    {
        var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: false, publisherConfirmationTrackingEnabled: false, consumerDispatchConcurrency: (ushort)_options.ConsumerConcurrency),
            cancellationToken).ConfigureAwait(false);
        _channel = channel;

        // Declared on the consuming connection, so its automatic recovery declares them again after a broker restart.
        await channel.ExchangeDeclareAsync(_options.Exchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueDeclareAsync(Queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var key in _subscription.Messages)
        {
            await channel.QueueBindAsync(Queue, _options.Exchange, Topology.RoutingKey(key), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await channel.QueueDeclareAsync(RetryQueue, durable: true, exclusive: false, autoDelete: false, _topology.RetryQueueArguments(_subscription.Endpoint), cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueDeclareAsync(_topology.DeadLetterQueue(_subscription.Endpoint), durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);

        await channel.BasicQosAsync(0, _options.PrefetchCount, global: false, cancellationToken).ConfigureAwait(false);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += OnReceivedAsync;
        _consumerTag = await channel.BasicConsumeAsync(Queue, autoAck: false, consumer, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync()
    {
        lock (_inFlight)
        {
            _disposal ??= StopAsync();
        }

        return new ValueTask(_disposal);
    }

    /// <summary>
    /// Graceful: stop new deliveries, let the running handlers finish and settle, then close the channel. Messages the
    /// broker had sent ahead (prefetch) but no handler started are unacked, so closing the channel returns them to the queue.
    /// </summary>
    private async Task StopAsync()
    {
        _stopping = true;
        _transport.Remove(this);
        if (_channel is not { } channel)
        {
            return;
        }

        try
        {
            if (_consumerTag is not null && channel.IsOpen)
            {
                await channel.BasicCancelAsync(_consumerTag).ConfigureAwait(false);
            }
        }
        catch (Exception)
        {
            // The channel is already gone: the broker requeues everything unacked on it anyway.
        }

        await _inFlight.WhenIdleAsync().ConfigureAwait(false);
        try
        {
            await channel.CloseAsync().ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Same: a broken channel needs no closing.
        }

        await channel.DisposeAsync().ConfigureAwait(false);
    }

    private async Task OnReceivedAsync(object sender, BasicDeliverEventArgs delivery)
    {
        _inFlight.Enter();
        try
        {
            // Sent ahead before the stop: leave it unacked, and the channel's close gives it back to the queue.
            if (!_stopping)
            {
                await HandleAsync(delivery).ConfigureAwait(false);
            }
        }
        finally
        {
            _inFlight.Exit();
        }
    }

    private async Task HandleAsync(BasicDeliverEventArgs delivery)
    {
        var channel = _channel!;
        var headers = AmqpMessage.Headers(delivery.BasicProperties);

        // The client reuses the body's buffer after this method returns; handlers may keep the message longer.
        var message = new TransportMessage(headers, delivery.Body.ToArray());
        var redeliveryCount = AmqpMessage.RedeliveryCount(headers);
        var id = headers.TryGetValue(EnvelopeHeaders.MessageId, out var value) ? value : "(none)";
        try
        {
            try
            {
                // No cancellation: stopping is graceful, so a message that started is allowed to finish.
                await _handler(message, redeliveryCount, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception exception) when (IsPermanent(exception))
            {
                await DeadLetterAsync(message, id, "not retried: " + exception.Message, exception).ConfigureAwait(false);
                await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false).ConfigureAwait(false);
                return;
            }
            catch (Exception exception) when (redeliveryCount >= _options.MaxRetries)
            {
                await DeadLetterAsync(message, id, $"failed {redeliveryCount + 1} deliveries: {exception.Message}", exception).ConfigureAwait(false);
                await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false).ConfigureAwait(false);
                return;
            }
            catch (Exception)
            {
                await RetryLaterAsync(message, redeliveryCount + 1).ConfigureAwait(false);
                await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false).ConfigureAwait(false);
                _transport.Retried();
                return;
            }

            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false).ConfigureAwait(false);
            _transport.Delivered();
        }
        catch (Exception exception)
        {
            // Sending on or acking failed (the broker went away): the unacked delivery comes back when the channel does.
            Log.SettleFailed(_logger, exception, id, Queue);
        }
    }

    private Task RetryLaterAsync(TransportMessage message, int redeliveryCount)
    {
        var headers = new Dictionary<string, string>(message.Headers, StringComparer.Ordinal)
        {
            [RabbitMqHeaders.RedeliveryCount] = redeliveryCount.ToString(CultureInfo.InvariantCulture),
        };
        return _transport.Publisher.PublishOnceAsync("", RetryQueue, AmqpMessage.Properties(headers), message.Body, CancellationToken.None);
    }

    private async Task DeadLetterAsync(TransportMessage message, string id, string reason, Exception exception)
    {
        var headers = new Dictionary<string, string>(message.Headers, StringComparer.Ordinal)
        {
            [EnvelopeHeaders.DeadLetterReason] = reason,
            [EnvelopeHeaders.DeadLetterException] = exception.GetType().FullName + ": " + exception.Message,
            [RabbitMqHeaders.DeadLetterEndpoint] = _subscription.Endpoint,
        };
        await _transport.Publisher.PublishOnceAsync("", _topology.DeadLetterQueue(_subscription.Endpoint), AmqpMessage.Properties(headers), message.Body, CancellationToken.None).ConfigureAwait(false);
        Log.DeadLettered(_logger, id, Queue, reason);
        _transport.DeadLettered(new DeadLetter(_subscription.Endpoint, message with { Headers = headers }, reason, exception));
    }

    // The same bytes fail the same way every time: redelivering only delays the dead letter.
    private static bool IsPermanent(Exception exception) => exception is MessageFormatException or UnknownMessageException;
}
