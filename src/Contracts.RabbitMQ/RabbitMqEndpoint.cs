using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Contracts.Diagnostics;
using Contracts.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

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
        var endpoint = _subscription.Endpoint;
        await DeclareAsync(channel, Queue, _topology.QueueArguments(endpoint), cancellationToken).ConfigureAwait(false);
        foreach (var key in _subscription.Messages)
        {
            await channel.QueueBindAsync(Queue, _options.Exchange, Topology.RoutingKey(key), cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await DeclareAsync(channel, RetryQueue, _topology.RetryQueueArguments(endpoint), cancellationToken).ConfigureAwait(false);
        await DeclareAsync(channel, _topology.DeadLetterQueue(endpoint), _topology.DeadLetterQueueArguments(), cancellationToken).ConfigureAwait(false);

        await channel.BasicQosAsync(0, _options.PrefetchCount, global: false, cancellationToken).ConfigureAwait(false);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += OnReceivedAsync;
        _consumerTag = await channel.BasicConsumeAsync(Queue, autoAck: false, consumer, cancellationToken).ConfigureAwait(false);
    }

    public bool IsOpen => _channel is { IsOpen: true };

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
        var id = headers.TryGetValue(EnvelopeHeaders.MessageId, out var value) ? value : "(none)";
        try
        {
            var earlier = EarlierDeliveries(delivery, headers);
            var outcome = Outcome.Forwarded;
            if (earlier > _options.MaxRetries)
            {
                // The last delivery ended without a settlement: the handler never got to throw, its process died.
                await DeadLetterAsync(message, id, $"delivered {earlier} times without success, the last time without being settled: the consumer's process died or lost its connection while handling it", exception: null, DeadLetterKind.Unsettled).ConfigureAwait(false);
            }
            else if (IsUncountedRedelivery(delivery))
            {
                await RequeueCountedAsync(message, earlier).ConfigureAwait(false);
            }
            else
            {
                outcome = await RunHandlerAsync(message, id, earlier).ConfigureAwait(false);
            }

            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false).ConfigureAwait(false);
            if (outcome == Outcome.Handled)
            {
                _transport.Delivered();
            }
            else if (outcome == Outcome.Retried)
            {
                _transport.Retried(_subscription.Endpoint, message);
            }
        }
        catch (Exception exception)
        {
            // Sending on or acking failed (the broker went away): the unacked delivery comes back when the channel does.
            Log.SettleFailed(_logger, exception, id, Queue);
        }
    }

    /// <summary>
    /// Runs the handler and, when it failed, stores the outcome: permanent failures and the last allowed attempt are
    /// dead-lettered, anything else goes to the retry queue. Either way the delivery may then be acked.
    /// </summary>
    private async Task<Outcome> RunHandlerAsync(TransportMessage message, string id, int earlier)
    {
        try
        {
            // No cancellation: stopping is graceful, so a message that started is allowed to finish.
            await _handler(message, earlier, CancellationToken.None).ConfigureAwait(false);
            return Outcome.Handled;
        }
        catch (Exception exception) when (DeliveryFailure.IsPermanent(exception))
        {
            await DeadLetterAsync(message, id, "not retried: " + exception.Message, exception, DeadLetterKind.Permanent).ConfigureAwait(false);
            return Outcome.Forwarded;
        }
        catch (Exception exception) when (earlier >= _options.MaxRetries)
        {
            await DeadLetterAsync(message, id, $"failed {earlier + 1} deliveries: {exception.Message}", exception, DeadLetterKind.RetriesExhausted).ConfigureAwait(false);
            return Outcome.Forwarded;
        }
        catch (Exception)
        {
            await RetryLaterAsync(message, earlier + 1).ConfigureAwait(false);
            return Outcome.Retried;
        }
    }

    /// <summary>
    /// Deliveries of this message that came before this one and failed: those the transport counted itself (handler
    /// failures, and broker redeliveries on classic queues) plus, on quorum queues, the broker's own count of
    /// deliveries that ended unsettled. On a classic queue a redelivery the broker flags but does not count is one more.
    /// </summary>
    private int EarlierDeliveries(BasicDeliverEventArgs delivery, IReadOnlyDictionary<string, string> headers)
        => AmqpMessage.RedeliveryCount(headers) + AmqpMessage.BrokerDeliveryCount(delivery.BasicProperties) + (IsUncountedRedelivery(delivery) ? 1 : 0);

    private bool IsUncountedRedelivery(BasicDeliverEventArgs delivery) => delivery.Redelivered && _options.QueueType == RabbitMqQueueType.Classic;

    /// <summary>
    /// A classic queue only flags a redelivery. To count it, the message goes back to the end of its queue as a copy that
    /// carries the count (confirmed before the original is acked: a crash in between leaves a duplicate, never a loss).
    /// </summary>
    private Task RequeueCountedAsync(TransportMessage message, int earlier)
        => _transport.Publisher.PublishOnceAsync("", Queue, AmqpMessage.Properties(Counted(message, earlier)), message.Body, CancellationToken.None);

    private Task RetryLaterAsync(TransportMessage message, int redeliveryCount)
        => _transport.Publisher.PublishOnceAsync("", RetryQueue, AmqpMessage.Properties(Counted(message, redeliveryCount)), message.Body, CancellationToken.None);

    private static Dictionary<string, string> Counted(TransportMessage message, int redeliveryCount)
        => new(message.Headers, StringComparer.Ordinal)
        {
            [RabbitMqHeaders.RedeliveryCount] = redeliveryCount.ToString(CultureInfo.InvariantCulture),
        };

    private async Task DeadLetterAsync(TransportMessage message, string id, string reason, Exception? exception, DeadLetterKind kind)
    {
        var headers = new Dictionary<string, string>(message.Headers, StringComparer.Ordinal)
        {
            [EnvelopeHeaders.DeadLetterReason] = reason,
            [RabbitMqHeaders.DeadLetterEndpoint] = _subscription.Endpoint,
        };
        if (exception is not null)
        {
            headers[EnvelopeHeaders.DeadLetterException] = exception.GetType().FullName + ": " + exception.Message;
        }

        await _transport.Publisher.PublishOnceAsync("", _topology.DeadLetterQueue(_subscription.Endpoint), AmqpMessage.Properties(headers), message.Body, CancellationToken.None).ConfigureAwait(false);
        Log.DeadLettered(_logger, id, Queue, reason);
        _transport.DeadLettered(new DeadLetter(_subscription.Endpoint, message with { Headers = headers }, reason, exception), kind);
    }

    private enum Outcome
    {
        Handled,
        Retried,

        // Dead-lettered (counted when it was stored) or re-queued as a counted copy.
        Forwarded,
    }

    /// <summary>
    /// Declares one queue. A queue that exists with other arguments (another queue type, another delivery limit) is a
    /// deployment mistake the broker reports as a channel error: say which queue and what to do instead.
    /// </summary>
    private static async Task DeclareAsync(IChannel channel, string queue, Dictionary<string, object?>? arguments, CancellationToken cancellationToken)
    {
        try
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (OperationInterruptedException exception) when (exception.ShutdownReason?.ReplyCode == Constants.PreconditionFailed)
        {
            throw new InvalidOperationException(
                $"Queue '{queue}' already exists with other arguments than this endpoint declares ({exception.ShutdownReason.ReplyText}). " +
                "A queue's type and delivery limit cannot change once it exists: set QueueType and MaxRetries to what it was declared with, " +
                "or move its messages to a new queue (see docs/rabbitmq.md).",
                exception);
        }
    }
}
