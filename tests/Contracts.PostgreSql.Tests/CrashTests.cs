using System.Diagnostics;
using Contracts.RabbitMQ;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Contracts.PostgreSql.Tests;

/// <summary>
/// The acceptance test of the outbox: a service that commits orders with their messages is killed with SIGKILL at
/// random points, again and again, and restarted each time. Over 10,000 committed orders every committed order's
/// message reaches the consumer (0 lost), no message of a rolled-back transaction ever does (0 phantom), and the
/// duplicates a crash causes (a relay killed after the broker confirmed, before its delete committed) are skipped by
/// the consumer's inbox, so each order has exactly one effect.
/// </summary>
public sealed class CrashTests(ITestOutputHelper output)
{
    private const int Target = 10_000;
    private const int MaxKills = 40;

    [SkippableFact]
    public async Task Ten_thousand_orders_committed_across_random_kills_arrive_once_in_effect_and_never_as_phantoms()
    {
        await using var run = await BrokerRun.CreateAsync("crash");
        await using var orders = await TestSchema.CreateAsync("orders");
        await using var billing = await TestSchema.CreateAsync("billing");
        run.Declared(run.Exchange + ".Contracts.PostgreSql.OrderWriter");
        // Eight deliveries at once: each is an inbox transaction, and one at a time would make the consumer the bottleneck.
        await using var consumer = await OutboxHost.StartAsync(billing, transport: run.Transport("billing", configure: o => (o.ConsumerConcurrency, o.PrefetchCount) = (8, 64)));

        var seed = Environment.TickCount;
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        var kills = await RunUntilTargetAsync(orders.Name, run.Exchange, random);
        var written = clock.Elapsed;

        var committed = (await orders.ColumnAsync<long>($"SELECT number FROM {orders.Name}.orders")).ToHashSet();
        await Eventually.TrueAsync(() => committed.All(consumer.Deliveries.Counts.ContainsKey), "every committed order's message", TimeSpan.FromMinutes(3)).ContinueWith(_ => { });
        await consumer.Services.GetRequiredService<RabbitMqTransport>().WhenIdleAsync();

        var delivered = consumer.Deliveries.Counts;
        var lost = committed.Count(n => !delivered.ContainsKey(n));
        var phantom = delivered.Keys.Count(n => !committed.Contains(n));
        var duplicates = delivered.Values.Sum(count => count - 1);
        var effects = await billing.EffectsAsync();
        var doubleEffects = effects.Values.Count(count => count > 1);
        var rolledBack = committed.Count == 0 ? 0 : Enumerable.Range(1, (int)committed.Max()).Count(n => n % 10 == 0);
        output.WriteLine($"seed {seed}: {committed.Count} orders committed and {rolledBack} rolled back across {kills} SIGKILLs in {written.TotalSeconds:F1} s; "
            + $"delivered {delivered.Count} distinct ({delivered.Values.Sum()} deliveries); lost {lost}, phantom {phantom}, "
            + $"duplicates {duplicates} (skipped by the inbox: {consumer.Inbox.SkippedCount}), orders with two effects {doubleEffects}");

        Assert.True(committed.Count >= Target, $"only {committed.Count} orders were committed");
        Assert.True(kills >= 5, $"the writer was killed only {kills} times");
        Assert.Equal(0, lost);
        Assert.Equal(0, phantom);
        Assert.Equal(0, doubleEffects);
        Assert.Equal(committed.Count, effects.Count);
        Assert.Equal(duplicates, consumer.Inbox.SkippedCount);
        Assert.Equal(0L, await orders.ScalarAsync<long>($"SELECT count(*) FROM {orders.Name}.outbox"));
    }

    // Each run is killed a random 0-1.5 s after it started writing (mid-transaction, mid-batch, between publish and
    // delete: wherever it is), until a run reaches the target, drains its outbox and exits by itself. After MaxKills
    // the last run is left alone.
    private async Task<int> RunUntilTargetAsync(string schema, string exchange, Random random)
    {
        for (var kills = 0; ; kills++)
        {
            using var writer = OrderWriterProcess.Start(schema, exchange, Target);
            await writer.Started.WaitAsync(TimeSpan.FromMinutes(1));
            var patience = kills < MaxKills ? TimeSpan.FromMilliseconds(random.Next(0, 1_500)) : TimeSpan.FromMinutes(3);
            if (await writer.WaitForExitAsync(patience))
            {
                Assert.True(writer.ExitCode == 0, $"the writer exited {writer.ExitCode}:\n{writer.Output}");
                output.WriteLine(writer.Output.TrimEnd());
                return kills;
            }

            await writer.KillAsync();
        }
    }
}
