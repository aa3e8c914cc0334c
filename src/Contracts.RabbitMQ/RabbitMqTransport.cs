using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Contracts.Diagnostics;
using Contracts.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RabbitMQ.Client;

namespace Contracts.RabbitMQ;

/// <summary>
/// The RabbitMQ transport. Messages go to one durable topic exchange with the routing key <c>&lt;name&gt;.v&lt;version&gt;</c>;
/// each endpoint has one durable queue bound to the keys it consumes, a retry queue that sends messages back after
/// <see cref="RabbitMqOptions.RetryDelay"/>, and a dead-letter queue. Publishes complete on the broker's confirm,
/// deliveries are acked only after their handler succeeded or their outcome was stored. See docs/rabbitmq.md.
/// </summary>
public sealed class RabbitMqTransport : IMessageTransport, IAsyncDisposable, IDisposable
{
    private const int KeptDeadLetters = 100;

    private readonly RabbitMqOptions _options;
    private readonly ILogger _logger;
    private readonly Connections _connections;
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private readonly object _gate = new();
    private readonly Queue<DeadLetter> _deadLetters = new();
    private RabbitMqEndpoint[] _endpoints = [];
    private IConnection? _consuming;
    private long _published;
    private long _delivered;
    private long _retried;
    private long _deadLettered;
    private bool _disposed;

    /// <summary>Creates a transport with <paramref name="options"/> (or the defaults); it connects on first use.</summary>
    /// <exception cref="ArgumentException">A setting is invalid.</exception>
    public RabbitMqTransport(RabbitMqOptions? options = null, ILogger<RabbitMqTransport>? logger = null)
    {
        // A copy: changing the options object later must not change a running transport.
        _options = (options ?? new RabbitMqOptions()).Copy();
        _options.Validate();
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _connections = new Connections(_options, _logger);
        Publisher = new Publisher(_options, _connections, _logger);
    }

    internal const string System = "rabbitmq";

    /// <summary>The <c>messaging.system</c> of spans and metrics: <c>rabbitmq</c>.</summary>
    public string MessagingSystem => System;

    /// <summary>Messages this transport published and the broker confirmed.</summary>
    public long PublishedCount => Interlocked.Read(ref _published);

    /// <summary>Deliveries whose handler succeeded and that were acked.</summary>
    public long DeliveredCount => Interlocked.Read(ref _delivered);

    /// <summary>Failed deliveries sent to a retry queue.</summary>
    public long RetriedCount => Interlocked.Read(ref _retried);

    /// <summary>Deliveries this process dead-lettered.</summary>
    public long DeadLetteredCount => Interlocked.Read(ref _deadLettered);

    /// <summary>The last 100 messages this process dead-lettered, oldest first; the dead-letter queues hold them all.</summary>
    public IReadOnlyList<DeadLetter> DeadLetters
    {
        get
        {
            lock (_gate)
            {
                return _deadLetters.ToArray();
            }
        }
    }

    internal Publisher Publisher { get; }

    internal RabbitMqEndpoint[] Endpoints => Volatile.Read(ref _endpoints);

    // The node the consuming connection is on now (it moves when recovery picks another node).
    internal string? ConsumingNode => _consuming is { IsOpen: true } connection ? connection.Endpoint.ToString() : null;

    /// <inheritdoc/>
    /// <remarks>Retries through a broker outage for up to <see cref="RabbitMqOptions.PublishTimeout"/>.</remarks>
    /// <exception cref="ArgumentException">The message has no valid name and version headers to route by.</exception>
    public async ValueTask PublishAsync(TransportMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var key = Envelope.RouteKey(message);

        ObjectDisposedException.ThrowIf(_disposed, this);
        await Publisher.PublishAsync(_options.Exchange, Topology.RoutingKey(key), AmqpMessage.Properties(message.Headers), message.Body, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _published);
    }

    /// <inheritdoc/>
    public async ValueTask<IAsyncDisposable> SubscribeAsync(Subscription subscription, TransportMessageHandler handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentException.ThrowIfNullOrWhiteSpace(subscription.Endpoint, nameof(subscription));
        ObjectDisposedException.ThrowIf(_disposed, this);

        var endpoint = new RabbitMqEndpoint(this, subscription, handler, _options, _logger);
        await endpoint.StartAsync(await ConsumingConnectionAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _endpoints = [.. _endpoints, endpoint];
        }

        return endpoint;
    }

    /// <summary>
    /// Completes when this process's endpoints look finished: their queues and retry queues hold no ready message, no
    /// handler runs, and nothing was settled, over three checks 100 ms apart. Meant for samples and tests that run a
    /// whole fleet in one process; a broker cannot say "idle" across processes.
    /// </summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken = default)
    {
        var connection = await ConsumingConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var quiet = 0;
        var last = -1L;
        while (quiet < 3)
        {
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            var endpoints = Volatile.Read(ref _endpoints);
            var ready = 0L;
            foreach (var endpoint in endpoints)
            {
                ready += (await channel.QueueDeclarePassiveAsync(endpoint.Queue, cancellationToken).ConfigureAwait(false)).MessageCount;
                ready += (await channel.QueueDeclarePassiveAsync(endpoint.RetryQueue, cancellationToken).ConfigureAwait(false)).MessageCount;
            }

            var settled = DeliveredCount + RetriedCount + DeadLetteredCount;
            quiet = ready == 0 && endpoints.All(e => e.InFlight == 0) && settled == last ? quiet + 1 : 0;
            last = settled;
        }
    }

    /// <summary>Stops every subscription after its in-flight messages finish, then closes the connections.</summary>
    public async ValueTask DisposeAsync()
    {
        RabbitMqEndpoint[] endpoints;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            endpoints = _endpoints;
        }

        foreach (var endpoint in endpoints)
        {
            await endpoint.DisposeAsync().ConfigureAwait(false);
        }

        await Publisher.DisposeAsync().ConfigureAwait(false);
        if (_consuming is { } connection)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Blocking form of <see cref="DisposeAsync"/>, for service providers disposed with <c>Dispose()</c>.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    internal void Remove(RabbitMqEndpoint endpoint)
    {
        lock (_gate)
        {
            _endpoints = Array.FindAll(_endpoints, e => e != endpoint);
        }
    }

    internal void Delivered() => Interlocked.Increment(ref _delivered);

    internal void Retried(string endpoint, TransportMessage message)
    {
        Interlocked.Increment(ref _retried);
        MessagingMetrics.Retry(System, endpoint, message.Headers);
    }

    internal void DeadLettered(DeadLetter deadLetter, DeadLetterKind kind)
    {
        MessagingMetrics.DeadLetter(System, deadLetter.Endpoint, deadLetter.Message.Headers, kind);
        lock (_gate)
        {
            _deadLetters.Enqueue(deadLetter);
            if (_deadLetters.Count > KeptDeadLetters)
            {
                _deadLetters.Dequeue();
            }
        }

        Interlocked.Increment(ref _deadLettered);
    }

    private async ValueTask<IConnection> ConsumingConnectionAsync(CancellationToken cancellationToken)
    {
        if (_consuming is { } existing)
        {
            return existing;
        }

        await _connecting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _consuming ??= await _connections.OpenConsumingAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _connecting.Release();
        }
    }
}
