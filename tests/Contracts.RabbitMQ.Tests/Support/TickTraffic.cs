using System.Diagnostics;

namespace Contracts.RabbitMQ.Tests;

/// <summary>What a fault run saw: nothing may be lost; duplicates are allowed (at-least-once) and reported.</summary>
internal sealed record TrafficResult(int Lost, int Duplicates, TimeSpan Published, TimeSpan Received)
{
    public override string ToString()
        => $"published in {Published.TotalSeconds:F1} s; all received after {Received.TotalSeconds:F1} s; lost: {Lost}, duplicates: {Duplicates}";
}

/// <summary>
/// The traffic of the fault tests: <c>count</c> numbered ticks from concurrent publishers through one host, with a
/// fault injected when tick <c>faultAt</c> is published, then a wait until every tick arrived (or a generous ceiling).
/// </summary>
internal static class TickTraffic
{
    public static async Task<TrafficResult> RunAsync(BrokerHost host, int count, int publishers, int faultAt, Func<Task> fault)
    {
        var clock = Stopwatch.StartNew();
        var next = 0;
        Task? faulted = null;
        async Task PublishLoopAsync()
        {
            for (var n = Interlocked.Increment(ref next); n <= count; n = Interlocked.Increment(ref next))
            {
                if (n == faultAt)
                {
                    faulted = Task.Run(fault);
                }

                await host.Publisher.PublishAsync(new Tick(n), new PublishOptions { MessageId = "tick-" + n });
            }
        }

        await Task.WhenAll(Enumerable.Range(0, publishers).Select(_ => Task.Run(PublishLoopAsync))).WaitAsync(TimeSpan.FromMinutes(4));
        await faulted!;
        var published = clock.Elapsed;

        // The ceiling ends the wait, not the test: what is missing then is counted as lost below.
        await Eventually.TrueAsync(() => host.Inbox.Ticks.Count == count, "every tick to arrive", TimeSpan.FromMinutes(3)).ContinueWith(_ => { });
        var received = host.Inbox.Ticks;
        var lost = Enumerable.Range(1, count).Count(n => !received.ContainsKey(n));
        return new TrafficResult(lost, received.Values.Sum(times => times - 1), published, clock.Elapsed);
    }
}
