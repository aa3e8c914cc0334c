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

    /// <summary>A message that expires in the retry queue goes back to its endpoint's queue through the default exchange.</summary>
    public Dictionary<string, object?> RetryQueueArguments(string endpoint) => new()
    {
        ["x-message-ttl"] = (long)options.RetryDelay.TotalMilliseconds,
        ["x-dead-letter-exchange"] = "",
        ["x-dead-letter-routing-key"] = Queue(endpoint),
    };
}
