namespace Contracts.RabbitMQ.Tests;

/// <summary>Two instances of one service share its queue: each message goes to one of them, and both get work.</summary>
[Collection(BrokerCollection.Name)]
public sealed class CompetingConsumerTests
{
    private const int MessageCount = 200;

    [SkippableFact]
    public async Task Two_instances_of_a_service_share_one_queue_and_each_message_is_handled_once()
    {
        await using var scope = await Scope.CreateAsync();
        // Prefetch 1: the broker hands the next message to whichever instance is free, so the split is visible.
        await using var first = await BrokerHost.StartAsync(scope, o => o.PrefetchCount = 1);
        await using var second = await BrokerHost.StartAsync(scope, o => o.PrefetchCount = 1);

        for (var n = 1; n <= MessageCount; n++)
        {
            await first.Publisher.PublishAsync(new Tick(n, WorkMilliseconds: 5));
        }

        await Eventually.TrueAsync(() => first.Inbox.Ticks.Count + second.Inbox.Ticks.Count >= MessageCount, "both instances to drain the queue");
        var handled = first.Inbox.Ticks.Keys.Concat(second.Inbox.Ticks.Keys).ToArray();
        Assert.Equal(Enumerable.Range(1, MessageCount), handled.Order());
        Assert.True(first.Inbox.Ticks.Count >= 20 && second.Inbox.Ticks.Count >= 20,
            $"the queue was not shared: {first.Inbox.Ticks.Count} and {second.Inbox.Ticks.Count}");
    }
}
