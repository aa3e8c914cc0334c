using System;
using System.Collections.Generic;

namespace Contracts.RabbitMQ;

/// <summary>Settings of <see cref="RabbitMqTransport"/>; set them in <c>UseRabbitMq(o => ...)</c>. The transport copies them when it is created.</summary>
public sealed class RabbitMqOptions
{
    /// <summary>The broker's AMQP URI (default <c>amqp://guest:guest@localhost:5672/</c>); the virtual host is its path.</summary>
    public string ConnectionString { get; set; } = "amqp://guest:guest@localhost:5672/";

    /// <summary>
    /// The nodes of a cluster as <c>host:port</c> (or <c>host</c> for port 5672), for example
    /// <c>["10.0.0.1:5672", "10.0.0.2:5672", "10.0.0.3:5672"]</c> (default empty: the host of <see cref="ConnectionString"/>).
    /// Every connection tries them in turn, so when a node goes away the transport reconnects to another; user, password,
    /// virtual host and TLS still come from <see cref="ConnectionString"/>.
    /// </summary>
    public IList<string> Endpoints { get; set; } = [];

    /// <summary>
    /// The kind of queue declared for each endpoint and its retry and dead-letter queues (default
    /// <see cref="RabbitMqQueueType.Quorum"/>). A queue that already exists with another type is not changed: the
    /// endpoint fails to start with a message naming the queue.
    /// </summary>
    public RabbitMqQueueType QueueType { get; set; } = RabbitMqQueueType.Quorum;

    /// <summary>
    /// The durable topic exchange every message is published to, routed by <c>&lt;name&gt;.v&lt;version&gt;</c>
    /// (default <c>contracts</c>). Services that talk to each other must use the same exchange.
    /// </summary>
    public string Exchange { get; set; } = "contracts";

    /// <summary>
    /// Put before every queue name (default empty): one broker can then host several environments or test runs whose
    /// endpoints have the same names.
    /// </summary>
    public string QueuePrefix { get; set; } = "";

    /// <summary>How many unacknowledged messages the broker sends each endpoint ahead of its handlers (default 32).</summary>
    public ushort PrefetchCount { get; set; } = 32;

    /// <summary>How many messages each endpoint handles at once (default 1, which keeps the queue's order).</summary>
    public int ConsumerConcurrency { get; set; } = 1;

    /// <summary>
    /// How many times a message is delivered again after a failed delivery before it is dead-lettered (default 3, so at
    /// most 4 deliveries). A failed delivery is one whose handler threw, and also one the broker delivered again because
    /// the consumer never settled it: its process died or lost its connection mid-message.
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>
    /// The pause before each redelivery (default 1 second). The message waits in the endpoint's retry queue, whose
    /// time-to-live is this delay, so a waiting retry holds no consumer and survives restarts.
    /// </summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a publish keeps trying while the broker is unreachable (default 30 seconds) before it throws. A publish
    /// only completes on the broker's confirm, so a message either is stored or its publish fails.
    /// </summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many published messages may wait for the broker's confirm at once (default 1,000). Concurrent publishes
    /// pipeline up to this many; the next one waits for a confirm, which keeps a fast publisher's memory bounded.
    /// </summary>
    public int MaxOutstandingConfirms { get; set; } = 1_000;

    /// <summary>How long the first connection attempt keeps retrying at startup (default 30 seconds).</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The connection name shown in the broker's management tools (default: the process name).</summary>
    public string? ClientName { get; set; }

    internal RabbitMqOptions Copy()
    {
        var copy = (RabbitMqOptions)MemberwiseClone();
        copy.Endpoints = [.. Endpoints];
        return copy;
    }

    /// <summary>Throws when a setting is out of range; the transport calls this so mistakes fail at startup.</summary>
    internal void Validate()
    {
        if (!Uri.TryCreate(ConnectionString, UriKind.Absolute, out var uri) || (uri.Scheme != "amqp" && uri.Scheme != "amqps"))
        {
            throw new ArgumentException($"ConnectionString '{ConnectionString}' is not an amqp:// or amqps:// URI.", nameof(ConnectionString));
        }

        ArgumentNullException.ThrowIfNull(Endpoints, nameof(Endpoints));
        foreach (var endpoint in Endpoints)
        {
            if (string.IsNullOrWhiteSpace(endpoint) || !Uri.TryCreate("amqp://" + endpoint, UriKind.Absolute, out var node) || node.AbsolutePath != "/")
            {
                throw new ArgumentException($"Endpoint '{endpoint}' is not a host or host:port.", nameof(Endpoints));
            }
        }

        if (!Enum.IsDefined(QueueType))
        {
            throw new ArgumentOutOfRangeException(nameof(QueueType), QueueType, "Not a queue type.");
        }

        ArgumentNullException.ThrowIfNull(Exchange, nameof(Exchange));
        ArgumentNullException.ThrowIfNull(QueuePrefix, nameof(QueuePrefix));
        ArgumentOutOfRangeException.ThrowIfLessThan(PrefetchCount, (ushort)1, nameof(PrefetchCount));
        ArgumentOutOfRangeException.ThrowIfLessThan(ConsumerConcurrency, 1, nameof(ConsumerConcurrency));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ConsumerConcurrency, ushort.MaxValue, nameof(ConsumerConcurrency));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryDelay, TimeSpan.Zero, nameof(RetryDelay));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PublishTimeout, TimeSpan.Zero, nameof(PublishTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxOutstandingConfirms, 1, nameof(MaxOutstandingConfirms));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ConnectTimeout, TimeSpan.Zero, nameof(ConnectTimeout));
    }
}
