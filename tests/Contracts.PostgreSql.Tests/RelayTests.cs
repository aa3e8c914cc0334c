using System.Collections.Concurrent;
using Contracts.Hosting;
using Xunit.Abstractions;

namespace Contracts.PostgreSql.Tests;

/// <summary>Several relays on one outbox, rows the transport rejects for good, and the depth that operators watch.</summary>
public sealed class RelayTests(ITestOutputHelper output)
{
    private const int OrdersPerHost = 2_000;

    [SkippableFact]
    public async Task Two_relays_on_one_outbox_publish_every_row_exactly_once()
    {
        await using var schema = await TestSchema.CreateAsync();
        var published = new ConcurrentDictionary<string, int>();
        void Recording(ContractsBuilder contracts) => contracts.UseTransport(_ => new RecordingTransport(new InMemoryTransport(), published));
        await using var first = await OutboxHost.StartAsync(schema, o => o.BatchSize = 50, Recording);
        await using var second = await OutboxHost.StartAsync(schema, o => o.BatchSize = 50, Recording);

        // Both instances commit at the same time, so both relays find work, and each also finds the other's rows.
        await Task.WhenAll(
            Task.Run(() => CommitRangeAsync(first, 1)),
            Task.Run(() => CommitRangeAsync(second, OrdersPerHost + 1)));
        await Eventually.TrueAsync(() => published.Count == 2 * OrdersPerHost, "every row to be published", TimeSpan.FromMinutes(2));
        await Eventually.TrueAsync(async () => (await first.Outbox.GetDepthAsync()).Waiting == 0, "the outbox to empty");
        await Eventually.TrueAsync(() => first.Outbox.Relay.PublishedCount + second.Outbox.Relay.PublishedCount == 2 * OrdersPerHost, "both relays to count their last batch");

        var twice = published.Count(p => p.Value > 1);
        output.WriteLine($"{2 * OrdersPerHost} rows: relay 1 published {first.Outbox.Relay.PublishedCount} in {first.Outbox.Relay.BatchCount} batches, "
            + $"relay 2 published {second.Outbox.Relay.PublishedCount} in {second.Outbox.Relay.BatchCount} batches; published twice: {twice}");
        Assert.Equal(0, twice);
    }

    [SkippableFact]
    public async Task Rows_wait_in_the_outbox_while_no_relay_runs_and_are_counted()
    {
        await using var schema = await TestSchema.CreateAsync();
        await using (var stopped = await OutboxHost.StartAsync(schema))
        {
            await stopped.StopAsync();
            for (var number = 1; number <= 20; number++)
            {
                await stopped.CommitAsync(number);
            }

            var depth = await stopped.Outbox.GetDepthAsync();
            Assert.Equal(20L, depth.Waiting);
            Assert.Equal(0L, depth.Failed);
            Assert.NotNull(depth.OldestWaitingSince);
        }

        // Another instance (or this one restarted) finds them by polling and publishes them in order.
        await using var restarted = await OutboxHost.StartAsync(schema);
        await Eventually.TrueAsync(() => restarted.Deliveries.Counts.Count == 20, "the waiting rows to go out");
        Assert.Equal(Enumerable.Range(1, 20).Select(n => (long)n), restarted.Deliveries.All.Select(d => d.Number));
        await Eventually.TrueAsync(async () => (await restarted.Outbox.GetDepthAsync()) == new OutboxDepth(0, 0, null), "the outbox to empty");
    }

    [SkippableFact]
    public async Task A_row_that_can_never_be_published_is_marked_failed_and_the_rows_behind_it_go_out()
    {
        await using var schema = await TestSchema.CreateAsync();
        await using var host = await OutboxHost.StartAsync(schema);
        await host.StopAsync();
        await host.CommitAsync(1);

        // Written by hand, past the checks of the publish path: no routable name, and headers that are not strings.
        await schema.ExecuteAsync($$"""
            INSERT INTO {{schema.Name}}.outbox (message_id, message_name, message_version, headers, body)
            VALUES ('bad-route', 'x', 1, '{"message-id":"bad-route","contracts-message":"Not A Name","contracts-version":"1"}', '\x7b7d'),
                   ('bad-headers', 'x', 1, '{"message-id":5}', '\x7b7d')
            """);
        await host.CommitAsync(2);

        await using var relay = await OutboxHost.StartAsync(schema);
        await Eventually.TrueAsync(() => relay.Deliveries.Counts.Count == 2, "the good rows on both sides of the bad ones");
        await Eventually.TrueAsync(async () => (await relay.Outbox.GetDepthAsync()).Failed == 2, "both bad rows to be marked");

        Assert.Equal([1L, 2L], relay.Deliveries.All.Select(d => d.Number));
        Assert.Equal(2L, relay.Outbox.Relay.RejectedCount);
        var errors = await schema.ColumnAsync<string>($"SELECT message_id || ': ' || last_error FROM {schema.Name}.outbox WHERE failed_at IS NOT NULL ORDER BY sequence");
        Assert.StartsWith("bad-route: The message has no valid 'contracts-message' and 'contracts-version' headers", errors[0]);
        Assert.Equal("bad-headers: unreadable row: header 'message-id' is not a string", errors[1]);
    }

    // Four writers per instance, as a service's concurrent requests would be.
    private static Task CommitRangeAsync(OutboxHost host, int first)
    {
        var next = first - 1;
        return Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var number = Interlocked.Increment(ref next); number < first + OrdersPerHost; number = Interlocked.Increment(ref next))
            {
                await host.CommitAsync(number);
            }
        })));
    }
}
