using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts;

/// <summary>Handles one delivered message. Returning normally acknowledges it; throwing asks the transport to retry or dead-letter it.</summary>
public delegate ValueTask TransportMessageHandler(TransportMessage message, int redeliveryCount, CancellationToken cancellationToken);

/// <summary>What one consuming service receives: its endpoint (queue) name and the messages it consumes.</summary>
/// <param name="Endpoint">The consuming service's name; one queue per endpoint and message on real brokers.</param>
/// <param name="Messages">The message keys this endpoint consumes.</param>
public sealed record Subscription(string Endpoint, IReadOnlyList<MessageKey> Messages)
{
    /// <summary>
    /// The producer schemas this service's build checked against its consumers, or null when the build does not say (then
    /// nothing is compared). When set, a delivery whose fingerprint is not in it is counted, logged and, in strict mode,
    /// dead-lettered; see <see cref="Drift.SchemaDriftMode"/>.
    /// </summary>
    public Drift.CheckedSchemas? CheckedSchemas { get; init; }
}

/// <summary>
/// The one seam between Contracts and a broker. The in-memory transport is the embedded default;
/// RabbitMQ is the first real one.
/// </summary>
public interface IMessageTransport
{
    /// <summary>Publishes a message; completes when the transport has accepted it (on brokers: publisher confirm received).</summary>
    ValueTask PublishAsync(TransportMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// The <c>messaging.system</c> of OpenTelemetry's conventions that spans and metrics carry for this transport, e.g.
    /// <c>rabbitmq</c>. A transport that wraps another (an outbox) should return the inner one's.
    /// </summary>
    string MessagingSystem => "contracts";

    /// <summary>Starts delivering the subscription's messages to <paramref name="handler"/>. Disposing the result stops it after in-flight messages finish.</summary>
    ValueTask<IAsyncDisposable> SubscribeAsync(Subscription subscription, TransportMessageHandler handler, CancellationToken cancellationToken);
}
