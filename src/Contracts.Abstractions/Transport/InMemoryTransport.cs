using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Contracts.Diagnostics;
using Contracts.Hosting;

namespace Contracts;

/// <summary>
/// The embedded transport: every subscription is a bounded in-process queue, and a published message is copied to each
/// subscription that consumes its name and version, so several services hosted in one process each get their copy.
/// Failed messages are retried and then dead-lettered into <see cref="DeadLetters"/>; nothing is persisted.
/// </summary>
/// <remarks>
/// Publishing waits while an endpoint's queue is full. A message published to several endpoints is enqueued to each in
/// turn; if the publish is cancelled part-way, the endpoints already reached still receive it.
/// </remarks>
public sealed class InMemoryTransport : IMessageTransport, IAsyncDisposable, IDisposable
{
    // OpenTelemetry has no value for an in-process transport; the product's name says where messages went.
    internal const string System = "contracts";

    private readonly InMemoryTransportOptions _options;
    private readonly PendingCounter _pending = new();
    private readonly object _gate = new();
    private readonly List<DeadLetter> _deadLetters = [];
    private InMemoryEndpoint[] _endpoints = [];
    private long _published;
    private long _delivered;
    private long _unrouted;
    private bool _disposed;

    /// <summary>Creates a transport with <paramref name="options"/>, or the defaults.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    public InMemoryTransport(InMemoryTransportOptions? options = null)
    {
        var source = options ?? new InMemoryTransportOptions();
        source.Validate();

        // A copy: changing the options object later must not change a running transport.
        _options = new InMemoryTransportOptions
        {
            ChannelCapacity = source.ChannelCapacity,
            MaxConcurrency = source.MaxConcurrency,
            MaxRetries = source.MaxRetries,
            RetryDelay = source.RetryDelay,
        };
    }

    /// <summary>Messages accepted by <see cref="PublishAsync"/>, counted once however many endpoints receive them.</summary>
    public long PublishedCount => Interlocked.Read(ref _published);

    /// <summary>Deliveries a handler completed successfully (one per endpoint copy).</summary>
    public long DeliveredCount => Interlocked.Read(ref _delivered);

    /// <summary>Deliveries given up on; see <see cref="DeadLetters"/>.</summary>
    public long DeadLetteredCount
    {
        get
        {
            lock (_gate)
            {
                return _deadLetters.Count;
            }
        }
    }

    /// <summary>Messages published while no subscription consumed their name and version; a broker would drop them too.</summary>
    public long UnroutedCount => Interlocked.Read(ref _unrouted);

    /// <summary>A snapshot of the dead-lettered messages, oldest first.</summary>
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

    /// <summary>
    /// Completes when every message published so far has been handled or dead-lettered, including messages published by
    /// consumers while handling others. Use it to know that a scenario has finished.
    /// </summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken = default) => _pending.WhenIdleAsync(cancellationToken);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The message has no valid <see cref="EnvelopeHeaders.MessageName"/> and <see cref="EnvelopeHeaders.MessageVersion"/> headers to route by.</exception>
    public async ValueTask PublishAsync(TransportMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var key = Envelope.RouteKey(message);

        cancellationToken.ThrowIfCancellationRequested();
        var copy = CopyOf(message);
        var routed = false;
        foreach (var endpoint in Volatile.Read(ref _endpoints))
        {
            if (!endpoint.Accepts(key))
            {
                continue;
            }

            routed = true;
            _pending.Add();
            try
            {
                await endpoint.EnqueueAsync(copy, cancellationToken).ConfigureAwait(false);
            }
            catch (ChannelClosedException)
            {
                // The endpoint stopped while we waited for room: keep the message visible instead of losing it.
                DeadLetter(endpoint.Name, copy, "the endpoint stopped before the message was delivered", exception: null, DeadLetterKind.Stopped);
            }
            catch
            {
                _pending.Done();
                throw;
            }
        }

        Interlocked.Increment(ref _published);
        if (!routed)
        {
            Interlocked.Increment(ref _unrouted);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">Another active subscription already uses the endpoint name.</exception>
    public ValueTask<IAsyncDisposable> SubscribeAsync(Subscription subscription, TransportMessageHandler handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentException.ThrowIfNullOrWhiteSpace(subscription.Endpoint, nameof(subscription));
        cancellationToken.ThrowIfCancellationRequested();

        var endpoint = new InMemoryEndpoint(this, subscription, handler, _options);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);

            // Two handlers on one endpoint would silently double every delivery; a broker would make them compete instead.
            if (Array.Exists(_endpoints, e => e.Name == subscription.Endpoint))
            {
                throw new InvalidOperationException($"Endpoint '{subscription.Endpoint}' already has an active subscription.");
            }

            _endpoints = [.. _endpoints, endpoint];
        }

        endpoint.Start();
        return new ValueTask<IAsyncDisposable>(endpoint);
    }

    /// <summary>Stops every subscription after its in-flight messages finish; later subscribes fail.</summary>
    public async ValueTask DisposeAsync()
    {
        InMemoryEndpoint[] endpoints;
        lock (_gate)
        {
            _disposed = true;
            endpoints = _endpoints;
        }

        foreach (var endpoint in endpoints)
        {
            await endpoint.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Stops every subscription, blocking until in-flight messages finish; prefer <see cref="DisposeAsync"/>.</summary>
    /// <remarks>Exists because a service provider disposed with <c>Dispose()</c> refuses services that are only asynchronously disposable.</remarks>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    internal void Remove(InMemoryEndpoint endpoint)
    {
        lock (_gate)
        {
            _endpoints = Array.FindAll(_endpoints, e => e != endpoint);
        }
    }

    internal void Delivered()
    {
        Interlocked.Increment(ref _delivered);
        _pending.Done();
    }

    internal void DeadLetter(string endpoint, TransportMessage message, string reason, Exception? exception, DeadLetterKind kind)
    {
        MessagingMetrics.DeadLetter(System, endpoint, message.Headers, kind);
        var headers = new Dictionary<string, string>(message.Headers, StringComparer.Ordinal)
        {
            [EnvelopeHeaders.DeadLetterReason] = reason,
        };
        if (exception is not null)
        {
            headers[EnvelopeHeaders.DeadLetterException] = exception.GetType().FullName + ": " + exception.Message;
        }

        lock (_gate)
        {
            _deadLetters.Add(new DeadLetter(endpoint, message with { Headers = headers }, reason, exception));
        }

        _pending.Done();
    }

    // Like a broker, the transport keeps its own bytes: the publisher may reuse its buffers and header dictionary.
    // A message from MessageSender is the exception: its headers are immutable and its body is a fresh array only they
    // know of, so copying them would only cost time.
    private static TransportMessage CopyOf(TransportMessage message)
        => message.Headers is OutgoingHeaders headers && headers.OwnsBody(message.Body)
            ? message
            : new(new Dictionary<string, string>(message.Headers, StringComparer.Ordinal), message.Body.ToArray());
}
