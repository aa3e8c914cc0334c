using System.Collections.Generic;
using System.Globalization;

namespace Contracts.RabbitMQ;

/// <summary>
/// The names and arguments of everything the transport declares. One place, so publisher, consumer, tests and docs
/// agree on them (docs/rabbitmq.md describes the same layout).
/// </summary>
internal sealed class Topology(RabbitMqOptions options)
{
    public string Exchange => options.Exchange;

    /// <summary>The routing key of a message: its wire identity, never a CLR name.</summary>
    public static string RoutingKey(MessageKey key) => key.Name + ".v" + key.Version.ToString(CultureInfo.InvariantCulture);

    /// <summary>One durable queue per endpoint, bound once per message key it consumes.</summary>
    public string Queue(string endpoint) => options.QueuePrefix + endpoint;

    /// <summary>
    /// The retry queue carries its delay in its name: a queue's TTL cannot change once declared, so a new delay gets a
    /// new queue while messages already waiting in the old one still expire back into the endpoint.
    /// </summary>
    public string RetryQueue(string endpoint)
        => Queue(endpoint) + ".retry-" + ((long)options.RetryDelay.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) + "ms";

    public string DeadLetterQueue(string endpoint) => Queue(endpoint) + ".dead-letter";

    /// <summary>
    /// A quorum endpoint queue carries the broker's delivery limit: when a message was handed out more than MaxRetries + 1
    /// times without being settled (the transport dead-letters it itself on the delivery after MaxRetries + 1, with the
    /// reason), the broker dead-letters it to the dead-letter queue — the backstop if even that delivery cannot finish.
    /// Classic queues keep the arguments they always had (none), so existing queues still match their declaration.
    /// </summary>
    public Dictionary<string, object?>? QueueArguments(string endpoint) => options.QueueType switch
    {
        RabbitMqQueueType.Quorum => new()
        {
            ["x-queue-type"] = "quorum",
            ["x-delivery-limit"] = options.MaxRetries + 1,
            ["x-dead-letter-exchange"] = "",
            ["x-dead-letter-routing-key"] = DeadLetterQueue(endpoint),
        },
        _ => null,
    };

    /// <summary>
    /// A message that expires in the retry queue goes back to its endpoint's queue through the default exchange, with
    /// the broker's default (at-most-once) dead-lettering, as classic queues always do it. Not quorum's at-least-once
    /// strategy: on RabbitMQ 3.10.8 its dead-letter worker crashed when a retry queue was deleted while the worker
    /// started, three such crashes ended the broker's dead-letter supervisor, and every later declaration of an
    /// at-least-once queue failed with INTERNAL_ERROR until the node restarted (seen in this project's CI).
    /// </summary>
    public Dictionary<string, object?> RetryQueueArguments(string endpoint)
    {
        var arguments = new Dictionary<string, object?>
        {
            ["x-message-ttl"] = (long)options.RetryDelay.TotalMilliseconds,
            ["x-dead-letter-exchange"] = "",
            ["x-dead-letter-routing-key"] = Queue(endpoint),
        };
        if (options.QueueType == RabbitMqQueueType.Quorum)
        {
            arguments["x-queue-type"] = "quorum";
        }

        return arguments;
    }

    public Dictionary<string, object?>? DeadLetterQueueArguments() => options.QueueType switch
    {
        RabbitMqQueueType.Quorum => new() { ["x-queue-type"] = "quorum" },
        _ => null,
    };
}
