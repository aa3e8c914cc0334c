using RabbitMQ.Client;

namespace Contracts.RabbitMQ.Tests;

/// <summary>
/// One test's own corner of a broker: a fresh exchange and queue prefix, plus an <see cref="AdminConnection"/> to look
/// at (or write to) the queues the transport declared. Disposing it deletes them, so the broker ends each test as it
/// began — also after the test killed the broker or a node, since the admin connection reconnects.
/// </summary>
internal sealed class Scope : IAsyncDisposable
{
    /// <summary>The endpoint the generator names after the test assembly.</summary>
    public const string Endpoint = "Contracts.RabbitMQ.Tests";

    private readonly List<string> _extraQueues = [];

    private Scope(BrokerTarget target, string id)
    {
        Target = target;
        Admin = new AdminConnection(target);
        Exchange = "contracts-test-" + id;
        Prefix = "test-" + id + ".";
    }

    public BrokerTarget Target { get; }

    public AdminConnection Admin { get; }

    public string Exchange { get; }

    public string Prefix { get; }

    public string Queue => Prefix + Endpoint;

    public string DeadLetterQueue => Queue + ".dead-letter";

    /// <summary>A scope on the single broker.</summary>
    public static Task<Scope> CreateAsync() => CreateAsync(Broker.Single);

    public static async Task<Scope> CreateAsync(BrokerTarget target)
    {
        await Broker.RequireAsync(target);
        return new Scope(target, Guid.NewGuid().ToString("N")[..8]);
    }

    public void Apply(RabbitMqOptions options)
    {
        Target.Apply(options);
        options.Exchange = Exchange;
        options.QueuePrefix = Prefix;
    }

    /// <summary>Deletes <paramref name="queue"/> too when the scope ends (a queue the test declared itself).</summary>
    public void Owns(string queue) => _extraQueues.Add(queue);

    /// <summary>Reads every message now in the dead-letter queue (and acks them).</summary>
    public Task<List<BasicGetResult>> DrainDeadLettersAsync() => DrainAsync(DeadLetterQueue);

    /// <summary>Reads every message now in <paramref name="queue"/> (and acks them).</summary>
    public Task<List<BasicGetResult>> DrainAsync(string queue) => Admin.RunAsync(async channel =>
    {
        var messages = new List<BasicGetResult>();
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
        {
            messages.Add(message);
        }

        return messages;
    });

    /// <summary>How many messages are ready in <paramref name="queue"/>.</summary>
    public Task<uint> CountAsync(string queue) => Admin.RunAsync(async channel => (await channel.QueueDeclarePassiveAsync(queue)).MessageCount);

    /// <summary>Waits until the dead-letter queue holds <paramref name="count"/> messages.</summary>
    public Task WaitForDeadLettersAsync(int count, TimeSpan? timeout = null)
        => Eventually.TrueAsync(async () => await CountAsync(DeadLetterQueue) >= count, $"{count} dead letter(s) in {DeadLetterQueue}", timeout);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Admin.RunAsync(async channel =>
            {
                foreach (var queue in Queues)
                {
                    await channel.QueueDeleteAsync(queue);
                }

                await channel.ExchangeDeleteAsync(Exchange);
            });
        }
        finally
        {
            await Admin.DisposeAsync();
        }
    }

    // The retry queue's name carries its delay; deleting a queue that does not exist is fine in AMQP 0-9-1.
    private string[] Queues => [Queue, DeadLetterQueue, Queue + ".retry-200ms", Queue + ".retry-1000ms", .. _extraQueues];
}
