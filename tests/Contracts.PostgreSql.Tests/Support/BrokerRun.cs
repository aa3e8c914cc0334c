using Contracts.Hosting;
using Contracts.RabbitMQ;
using RabbitMQ.Client;

namespace Contracts.PostgreSql.Tests;

/// <summary>
/// One test's corner of the shared RabbitMQ broker: its own exchange, and a queue prefix per side (each host of the
/// test gets its own copy of every message). Disposing it deletes the queues and the exchange.
/// </summary>
internal sealed class BrokerRun : IAsyncDisposable
{
    private readonly List<string> _queues = [];

    private BrokerRun(string exchange) => Exchange = exchange;

    public string Exchange { get; }

    public static async Task<BrokerRun> CreateAsync(string name)
    {
        await Broker.RequireAsync(Broker.Single);
        return new BrokerRun("outbox-tests-" + name + "-" + Guid.NewGuid().ToString("N")[..8]);
    }

    /// <summary>
    /// RabbitMQ for a host of <paramref name="endpoint"/> (the assembly that consumes), reached at
    /// <paramref name="uri"/> (the broker, or a forwarder in front of it).
    /// </summary>
    public Action<ContractsBuilder> Transport(string side, string? uri = null, Action<RabbitMqOptions>? configure = null, string endpoint = "Contracts.PostgreSql.Tests")
    {
        var prefix = QueuePrefix(side);
        _queues.Add(prefix + endpoint);
        return contracts => contracts.UseRabbitMq(o =>
        {
            o.ConnectionString = uri ?? Broker.Single.ConnectionString;
            o.Exchange = Exchange;
            o.QueuePrefix = prefix;
            o.PublishTimeout = TimeSpan.FromSeconds(2);
            o.ConnectTimeout = TimeSpan.FromSeconds(10);
            configure?.Invoke(o);
        });
    }

    /// <summary>The prefix a host of <paramref name="side"/> puts before its queue names; other processes use it too.</summary>
    public string QueuePrefix(string side) => Exchange + "." + side + ".";

    /// <summary>Remembers a queue another process declared, so that it is deleted too.</summary>
    public void Declared(string queue) => _queues.Add(queue);

    public async ValueTask DisposeAsync()
    {
        var factory = new ConnectionFactory { Uri = new Uri(Broker.Single.ConnectionString) };
        await using var connection = await factory.CreateConnectionAsync("outbox-tests-cleanup");
        await using var channel = await connection.CreateChannelAsync();
        foreach (var queue in _queues)
        {
            // Deleting a queue that does not exist is fine in AMQP 0-9-1.
            foreach (var name in new[] { queue, queue + ".dead-letter", queue + ".retry-1000ms" })
            {
                await channel.QueueDeleteAsync(name);
            }
        }

        await channel.ExchangeDeleteAsync(Exchange);
    }
}
