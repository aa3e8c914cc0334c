using Xunit.Abstractions;

namespace Contracts.RabbitMQ.Tests;

/// <summary>
/// The promise that matters most: with confirms, persistent messages, durable queues and acks after handling, a broker
/// crash in the middle of traffic loses nothing. Duplicates are allowed (at-least-once) and reported.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class BrokerRestartTests(ITestOutputHelper output)
{
    private const int MessageCount = 10_000;

    [SkippableTheory]
    [InlineData(RabbitMqQueueType.Quorum)]
    [InlineData(RabbitMqQueueType.Classic)]
    public async Task Ten_thousand_messages_published_across_a_broker_kill_and_restart_all_arrive(RabbitMqQueueType queueType)
    {
        Broker.RequireRestart();
        await using var scope = await Scope.CreateAsync();
        await using var host = await BrokerHost.StartAsync(scope, o =>
        {
            o.QueueType = queueType;
            o.PrefetchCount = 200;
            o.PublishTimeout = TimeSpan.FromMinutes(2);
        });
        await Task.Delay(Broker.QuorumStateSettles);

        // SIGKILL, not a clean stop: the node gets no chance to flush anything it had not already confirmed.
        var result = await TickTraffic.RunAsync(host, MessageCount, publishers: 16, faultAt: 3_000, Broker.RestartAsync);
        output.WriteLine($"{queueType}: {MessageCount} messages across a broker kill + restart: {result}");

        Assert.Equal(0, result.Lost);
        Assert.Equal(MessageCount, host.Transport.PublishedCount);
    }
}
