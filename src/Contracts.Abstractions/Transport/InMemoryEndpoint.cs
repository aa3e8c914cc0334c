using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Contracts.Diagnostics;
using Contracts.Hosting;

namespace Contracts;

/// <summary>
/// One subscription of <see cref="InMemoryTransport"/>: a bounded queue, the worker loops that drain it, and the
/// retry / dead-letter policy. Disposing it is the subscription handle's job: stop taking messages, let in-flight ones
/// finish, and dead-letter what is still queued so nothing disappears unseen.
/// </summary>
internal sealed class InMemoryEndpoint : IAsyncDisposable
{
    private const string StoppedReason = "the endpoint stopped before the message was delivered";

    private readonly InMemoryTransport _transport;
    private readonly TransportMessageHandler _handler;
    private readonly HashSet<MessageKey> _keys;
    private readonly Channel<TransportMessage> _queue;
    private readonly int _maxRetries;
    private readonly TimeSpan _retryDelay;
    private readonly Task[] _workers;
    private volatile bool _stopping;
    private Task? _disposal;

    public InMemoryEndpoint(InMemoryTransport transport, Subscription subscription, TransportMessageHandler handler, InMemoryTransportOptions options)
    {
        _transport = transport;
        _handler = handler;
        Name = subscription.Endpoint;
        _keys = new HashSet<MessageKey>(subscription.Messages);
        _maxRetries = options.MaxRetries;
        _retryDelay = options.RetryDelay;
        _queue = Channel.CreateBounded<TransportMessage>(new BoundedChannelOptions(options.ChannelCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = options.MaxConcurrency == 1,
            SingleWriter = false,
        });
        _workers = new Task[options.MaxConcurrency];
    }

    public string Name { get; }

    public bool Accepts(MessageKey key) => _keys.Contains(key);

    /// <summary>Waits for room in the queue (backpressure); throws <see cref="ChannelClosedException"/> once stopped.</summary>
    public ValueTask EnqueueAsync(TransportMessage message, CancellationToken cancellationToken)
        => _queue.Writer.WriteAsync(message, cancellationToken);

    public void Start()
    {
        // Workers must not inherit the subscriber's ambient state (Activity.Current, AsyncLocals): each message is its own operation.
        using (ExecutionContext.SuppressFlow())
        {
            for (var i = 0; i < _workers.Length; i++)
            {
                _workers[i] = Task.Run(RunWorkerAsync);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        // Every caller (the handle, the transport's own disposal) waits for the same single shutdown.
        lock (_workers)
        {
            _disposal ??= StopAsync();
        }

        return new ValueTask(_disposal);
    }

    private async Task StopAsync()
    {
        _transport.Remove(this);
        _stopping = true;
        _queue.Writer.TryComplete();
        await Task.WhenAll(_workers).ConfigureAwait(false);
        while (_queue.Reader.TryRead(out var message))
        {
            _transport.DeadLetter(Name, message, StoppedReason, exception: null, DeadLetterKind.Stopped);
        }
    }

    private async Task RunWorkerAsync()
    {
        var reader = _queue.Reader;
        while (!_stopping && await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            // Drain what is queued before asking the channel again: WaitToReadAsync takes its lock once per call.
            while (!_stopping && reader.TryRead(out var message))
            {
                await DeliverAsync(message).ConfigureAwait(false);
            }
        }
    }

    private async Task DeliverAsync(TransportMessage message)
    {
        for (var redeliveryCount = 0; ; redeliveryCount++)
        {
            try
            {
                // No cancellation: stopping is graceful, so a message that started is allowed to finish.
                await _handler(message, redeliveryCount, CancellationToken.None).ConfigureAwait(false);
                _transport.Delivered();
                return;
            }
            catch (Exception exception) when (DeliveryFailure.IsPermanent(exception))
            {
                _transport.DeadLetter(Name, message, "not retried: " + exception.Message, exception, DeadLetterKind.Permanent);
                return;
            }
            catch (Exception exception) when (redeliveryCount >= _maxRetries)
            {
                _transport.DeadLetter(Name, message, $"failed {redeliveryCount + 1} deliveries: {exception.Message}", exception, DeadLetterKind.RetriesExhausted);
                return;
            }
            catch (Exception)
            {
                MessagingMetrics.Retry(InMemoryTransport.System, Name, message.Headers);
                if (_retryDelay > TimeSpan.Zero)
                {
                    await Task.Delay(_retryDelay).ConfigureAwait(false);
                }
            }
        }
    }
}
