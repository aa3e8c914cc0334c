using System.Diagnostics;
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
    private const int Publishers = 16;
    private const int RestartAfter = 3_000;

    [SkippableFact]
    public async Task Ten_thousand_messages_published_across_a_broker_kill_and_restart_all_arrive()
    {
        Broker.RequireRestart();
        await using var scope = await Scope.CreateAsync();
        await using var host = await BrokerHost.StartAsync(scope, o =>
        {
            o.PrefetchCount = 200;
            o.PublishTimeout = TimeSpan.FromMinutes(2);
        });

        var clock = Stopwatch.StartNew();
        var next = 0;
        var restart = Task.CompletedTask;
        var restartStarted = new TaskCompletionSource();
        async Task PublishLoopAsync()
        {
            for (var n = Interlocked.Increment(ref next); n <= MessageCount; n = Interlocked.Increment(ref next))
            {
                if (n == RestartAfter)
                {
                    // SIGKILL, not a clean stop: the node gets no chance to flush anything it had not already confirmed.
                    restart = Task.Run(Broker.RestartAsync);
                    restartStarted.SetResult();
                }

                await host.Publisher.PublishAsync(new Tick(n), new PublishOptions { MessageId = "tick-" + n });
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Publishers).Select(_ => Task.Run(PublishLoopAsync))).WaitAsync(TimeSpan.FromMinutes(4));
        await restartStarted.Task;
        await restart;
        var published = clock.Elapsed;

        await Eventually.TrueAsync(() => host.Inbox.Ticks.Count == MessageCount, "every tick to arrive", TimeSpan.FromMinutes(3)).ContinueWith(_ => { });
        var received = host.Inbox.Ticks;
        var lost = Enumerable.Range(1, MessageCount).Count(n => !received.ContainsKey(n));
        var duplicates = received.Values.Sum(count => count - 1);
        output.WriteLine($"published {MessageCount} in {published.TotalSeconds:F1} s across a broker kill + restart; " +
            $"all received after {clock.Elapsed.TotalSeconds:F1} s; lost: {lost}, duplicates: {duplicates}");

        Assert.Equal(0, lost);
        Assert.Equal(MessageCount, host.Transport.PublishedCount);
    }
}
