namespace Contracts.RabbitMQ.Tests;

/// <summary>
/// Broker tests run one at a time: each has its own exchange and queues, but the fault test restarts the one broker
/// every test shares, and timings on a 2-core machine stay readable when tests do not compete.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrokerCollection
{
    public const string Name = "RabbitMQ broker";
}
