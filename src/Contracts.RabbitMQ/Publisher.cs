using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Contracts.Diagnostics;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace Contracts.RabbitMQ;

/// <summary>
/// Publishes with publisher confirms on one shared channel, pipelined: a publish sends its message and then waits for
/// its own confirm, while other publishes send theirs, so many confirms are outstanding at once (up to
/// <see cref="RabbitMqOptions.MaxOutstandingConfirms"/>, the back-pressure) and the broker can confirm them in batches.
/// Each publish still completes only when the broker confirmed its message, and fails when the broker refused it.
/// When the connection is gone the next publish reopens it; a publish interrupted by an outage is sent again
/// (at-least-once: a message whose confirm was lost in the outage is stored twice, and consumers de-duplicate on the
/// message id).
/// </summary>
internal sealed class Publisher(RabbitMqOptions options, Connections connections, ILogger logger) : IAsyncDisposable
{
    // Confirms on, the client's tracking off: PublishConfirms matches each confirm (or nack, or the channel's loss) to
    // the publish awaiting it, holding its lock only while a message is written, not while its confirm is awaited, and
    // without the header the client's tracking adds to every message (see PublishConfirms). The window below bounds
    // the outstanding confirms.
    private static readonly CreateChannelOptions ConfirmedChannel = new(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: false);

    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SemaphoreSlim _window = new(options.MaxOutstandingConfirms, options.MaxOutstandingConfirms);
    private IConnection? _connection;
    private IChannel? _channel;
    private PublishConfirms? _confirms;
    private bool _disposed;

    /// <summary>Publishes once, retrying through outages until <see cref="RabbitMqOptions.PublishTimeout"/>.</summary>
    public async Task PublishAsync(string exchange, string routingKey, BasicProperties properties, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                // A confirm lost with its connection may never complete on its own: bound each attempt.
                using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                attemptTimeout.CancelAfter(AttemptTimeout);
                await PublishOnceAsync(exchange, routingKey, properties, body, attemptTimeout.Token).ConfigureAwait(false);
                return;
            }
            catch (Exception exception) when (IsTransient(exception, cancellationToken) && Stopwatch.GetElapsedTime(started) < options.PublishTimeout)
            {
                if (attempt == 0)
                {
                    Log.PublishRetrying(logger, exception, properties.MessageId ?? "(none)");
                }

                await Task.Delay(Backoff.Of(attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// One attempt, for the consumer's retry and dead-letter sends: when it fails the delivery stays unacknowledged
    /// and the broker hands it out again, which is safer than holding a consumer slot through an outage.
    /// </summary>
    public async Task PublishOnceAsync(string exchange, string routingKey, BasicProperties properties, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        await _window.WaitAsync(cancellationToken).ConfigureAwait(false);
        MessagingMetrics.ConfirmPending(RabbitMqTransport.System, +1);
        try
        {
            var (channel, confirms) = await ConfirmedChannelAsync(cancellationToken).ConfigureAwait(false);
            await confirms.PublishAsync(channel, exchange, routingKey, properties, body, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            MessagingMetrics.ConfirmPending(RabbitMqTransport.System, -1);
            _window.Release();
        }
    }

    /// <summary>Opens the publishing channel if it is not open (one round trip) and says which node it is on.</summary>
    public async Task<string> ConnectedNodeAsync(CancellationToken cancellationToken)
    {
        var channel = await ChannelAsync(cancellationToken).ConfigureAwait(false);
        return _connection?.Endpoint.ToString() ?? channel.ToString() ?? "";
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            _disposed = true;
            await CloseAsync().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async ValueTask<IChannel> ChannelAsync(CancellationToken cancellationToken)
        => (await ConfirmedChannelAsync(cancellationToken).ConfigureAwait(false)).Channel;

    private async ValueTask<(IChannel Channel, PublishConfirms Confirms)> ConfirmedChannelAsync(CancellationToken cancellationToken)
    {
        if ((_channel, _confirms) is ({ IsOpen: true } open, { } followed))
        {
            return (open, followed);
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if ((_channel, _confirms) is ({ IsOpen: true } reopened, { } refollowed))
            {
                return (reopened, refollowed);
            }

            // Whatever broke (a channel error, a lost connection), start over with both: it is one round trip.
            await CloseAsync().ConfigureAwait(false);
            _connection = await connections.OpenPublishingAsync(cancellationToken).ConfigureAwait(false);
            var channel = await _connection.CreateChannelAsync(ConfirmedChannel, cancellationToken).ConfigureAwait(false);
            var confirms = PublishConfirms.Follow(channel);
            await channel.ExchangeDeclareAsync(options.Exchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
            (_channel, _confirms) = (channel, confirms);
            return (channel, confirms);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CloseAsync()
    {
        var (channel, connection) = (_channel, _connection);
        (_channel, _connection, _confirms) = (null, null, null);
        try
        {
            if (channel is not null)
            {
                await channel.DisposeAsync().ConfigureAwait(false);
            }

            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
        catch (Exception)
        {
            // Closing what is already broken may throw; there is nothing left to release.
        }
    }

    // Cancellation by the caller ends the publish; everything else (lost connection, closed channel, nack, broker down)
    // may succeed once the broker is reachable again.
    private bool IsTransient(Exception exception, CancellationToken cancellationToken)
        => !cancellationToken.IsCancellationRequested && !_disposed && exception is not ArgumentException;
}
