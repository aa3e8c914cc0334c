namespace Contracts.RabbitMQ.Tests;

/// <summary>
/// Stopping a service while it works loses nothing: handlers that started finish and are acked, and what the broker
/// had sent ahead returns to the queue for the next instance.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class GracefulShutdownTests
{
    private const int MessageCount = 400;

    [SkippableFact]
    public async Task Stopping_with_messages_in_flight_finishes_them_and_leaves_the_rest_for_the_next_instance()
    {
        await using var scope = await Scope.CreateAsync();
        void Options(RabbitMqOptions o)
        {
            o.ConsumerConcurrency = 4;
            o.PrefetchCount = 50;
        }

        await using var before = await BrokerHost.StartAsync(scope, Options);
        for (var n = 1; n <= MessageCount; n++)
        {
            await before.Publisher.PublishAsync(new Tick(n, WorkMilliseconds: 50));
        }

        await Eventually.TrueAsync(() => before.Inbox.Ticks.Count >= 40, "the first instance to be busy");
        await before.StopAsync();

        // Every handler that had started was allowed to finish before the stop returned.
        Assert.Equal(before.Inbox.StartedTicks.Keys.Order(), before.Inbox.Ticks.Keys.Order());
        Assert.True(before.Inbox.Ticks.Count < MessageCount, "the first instance finished everything; nothing was in flight");

        await using var after = await BrokerHost.StartAsync(scope, Options);
        await Eventually.TrueAsync(() => before.Inbox.Ticks.Count + after.Inbox.Ticks.Count >= MessageCount, "the second instance to take the rest", TimeSpan.FromMinutes(1));
        var handled = before.Inbox.Ticks.Keys.Concat(after.Inbox.Ticks.Keys).Order();
        Assert.Equal(Enumerable.Range(1, MessageCount), handled);
    }
}
