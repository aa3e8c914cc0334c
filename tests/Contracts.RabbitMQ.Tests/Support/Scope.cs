using RabbitMQ.Client;

namespace Contracts.RabbitMQ.Tests;

/// <summary>
/// One test's own corner of the broker: a fresh exchange and queue prefix, plus a raw AMQP channel to look at (or
/// write to) the queues the transport declared. Disposing it deletes them, so the broker ends each test as it began.
/// </summary>
internal sealed class Scope : IAsyncDisposable
{
    /// <summary>The endpoint the generator names after the test assembly.</summary>
    public const string Endpoint = "Contracts.RabbitMQ.Tests";

    private readonly IConnection _connection;

    private Scope(IConnection connection, IChannel channel, string id)
    {
        _connection = connection;
        Channel = channel;
        Exchange = "contracts-test-" + id;
        Prefix = "test-" + id + ".";
    }

    public IChannel Channel { get; }

    public string Exchange { get; }

    public string Prefix { get; }

    public string Queue => Prefix + Endpoint;

    public string DeadLetterQueue => Queue + ".dead-letter";

    public static async Task<Scope> CreateAsync()
    {
        await Broker.RequireAsync();
        var factory = new ConnectionFactory { Uri = new Uri(Broker.ConnectionString), AutomaticRecoveryEnabled = true };
        var connection = await factory.CreateConnectionAsync("contracts-tests");
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        return new Scope(connection, channel, Guid.NewGuid().ToString("N")[..8]);
    }

    public void Apply(RabbitMqOptions options)
    {
        options.ConnectionString = Broker.ConnectionString;
        options.Exchange = Exchange;
        options.QueuePrefix = Prefix;
    }

    /// <summary>Reads every message now in the dead-letter queue (and acks them).</summary>
    public async Task<List<BasicGetResult>> DrainDeadLettersAsync()
    {
        var messages = new List<BasicGetResult>();
        while (await Channel.BasicGetAsync(DeadLetterQueue, autoAck: true) is { } message)
        {
            messages.Add(message);
        }

        return messages;
    }

    /// <summary>Waits until the dead-letter queue holds <paramref name="count"/> messages.</summary>
    public Task WaitForDeadLettersAsync(int count)
        => Eventually.TrueAsync(async () => (await Channel.QueueDeclarePassiveAsync(DeadLetterQueue)).MessageCount >= count, $"{count} dead letter(s) in {DeadLetterQueue}");

    public async ValueTask DisposeAsync()
    {
        try
        {
            foreach (var queue in Queues)
            {
                await Channel.QueueDeleteAsync(queue);
            }

            await Channel.ExchangeDeleteAsync(Exchange);
        }
        finally
        {
            await Channel.DisposeAsync();
            await _connection.DisposeAsync();
        }
    }

    // The retry queue's name carries its delay; deleting a queue that does not exist is fine in AMQP 0-9-1.
    private string[] Queues => [Queue, DeadLetterQueue, Queue + ".retry-200ms", Queue + ".retry-1000ms"];
}
