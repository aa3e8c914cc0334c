namespace Contracts.RabbitMQ.Tests;

/// <summary>
/// The test support survives the faults the tests inject: a scope whose broker was killed and restarted still inspects
/// and deletes what it declared. Without this, a fault test passes its own check and then fails in its cleanup, and
/// whether it does depends on how long the tests before it took.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class ScopeFaultTests
{
    [SkippableFact]
    public async Task A_scope_cleans_up_after_its_broker_was_killed_and_restarted()
    {
        Broker.RequireRestart();
        var scope = await Scope.CreateAsync();
        await using (var host = await BrokerHost.StartAsync(scope))
        {
            await host.Publisher.PublishAsync(new Tick(1));
            await Eventually.TrueAsync(() => host.Inbox.Ticks.Count == 1, "the tick before the kill");
            await Task.Delay(Broker.QuorumStateSettles);
            await Broker.RestartAsync();
        }

        // Right after the restart: the scope's first connection is dead and has not recovered yet.
        Assert.Empty(await scope.DrainDeadLettersAsync());
        await scope.DisposeAsync();
    }
}
