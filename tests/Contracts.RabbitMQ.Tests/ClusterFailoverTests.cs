using Xunit.Abstractions;

namespace Contracts.RabbitMQ.Tests;

/// <summary>
/// On the three-node cluster: quorum queues keep every confirmed message when the node leading them is killed
/// (SIGKILL) in the middle of traffic and started again, and the client, given every node, fails over by itself.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class ClusterFailoverTests(ITestOutputHelper output)
{
    private const int MessageCount = 10_000;

    [SkippableFact]
    public async Task Ten_thousand_messages_across_a_kill_of_the_queue_leader_all_arrive()
    {
        Broker.RequireClusterControl();
        await using var scope = await Scope.CreateAsync(Broker.Cluster);
        await using var host = await BrokerHost.StartAsync(scope, o =>
        {
            o.PrefetchCount = 200;
            o.PublishTimeout = TimeSpan.FromMinutes(2);
        });
        Assert.Equal(RabbitMqQueueType.Quorum, new RabbitMqOptions().QueueType);

        var killed = "";
        async Task KillTheLeaderAsync()
        {
            killed = await Broker.ClusterAsync("leader " + scope.Queue);
            await Broker.ClusterAsync("kill " + killed);
            // Traffic goes on against the two nodes left while the killed one boots again and rejoins.
            await Broker.ClusterAsync("start-node " + killed);
        }

        var result = await TickTraffic.RunAsync(host, MessageCount, publishers: 16, faultAt: 3_000, KillTheLeaderAsync);
        output.WriteLine($"{MessageCount} messages across a SIGKILL + restart of {killed}, the leader of {scope.Queue}: {result}; " +
            $"leader now: {await Broker.ClusterAsync("leader " + scope.Queue)}");

        Assert.Equal(0, result.Lost);
        Assert.Equal(MessageCount, host.Transport.PublishedCount);
    }
}
