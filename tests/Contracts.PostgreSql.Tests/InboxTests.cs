using System.Collections.Concurrent;
using Npgsql;

namespace Contracts.PostgreSql.Tests;

/// <summary>A redelivered message is acknowledged and skipped; a failed handling records nothing, so the retry runs.</summary>
public sealed class InboxTests
{
    [SkippableFact]
    public async Task A_redelivery_of_a_handled_message_is_skipped_and_changes_nothing()
    {
        await using var schema = await TestSchema.CreateAsync();
        await using var host = await OutboxHost.StartAsync(schema);
        var transport = (IMessageTransport)host.Services.GetService(typeof(IMessageTransport))!;

        await host.CommitAsync(1);
        await Eventually.TrueAsync(() => host.Deliveries.Counts.GetValueOrDefault(1) == 1, "the first delivery");

        // The same envelope again, as a broker redelivers it or a relay re-sends it after a crash.
        var original = host.Deliveries.All[0].Context;
        await transport.PublishAsync(new TransportMessage(original.Headers, """{"number":1,"customer":"customer-1"}"""u8.ToArray()), default);
        await transport.PublishAsync(new TransportMessage(original.Headers, """{"number":1,"customer":"customer-1"}"""u8.ToArray()), default);
        await Eventually.TrueAsync(() => host.Deliveries.Counts.GetValueOrDefault(1) == 3, "both redeliveries");
        await ((InMemoryTransport)transport).WhenIdleAsync();

        Assert.Equal(new Dictionary<long, long> { [1] = 1 }, await schema.EffectsAsync());
        Assert.Equal(1L, host.Inbox.HandledCount);
        Assert.Equal(2L, host.Inbox.SkippedCount);
    }

    [SkippableFact]
    public async Task A_handler_that_throws_records_nothing_so_the_retry_handles_the_message()
    {
        await using var schema = await TestSchema.CreateAsync();
        await using var host = await OutboxHost.StartAsync(schema);
        var context = Context("m-1");
        var attempts = 0;

        async Task HandleAsync(NpgsqlTransaction transaction, CancellationToken ct)
        {
            await Effects.WriteAsync(transaction, schema.Name, 1, ct);
            if (++attempts == 1)
            {
                throw new TimeoutException("the card processor timed out");
            }
        }

        await Assert.ThrowsAsync<TimeoutException>(() => host.Inbox.HandleOnceAsync(context, "tests.charge", HandleAsync));
        Assert.True(await host.Inbox.HandleOnceAsync(context, "tests.charge", HandleAsync));
        Assert.False(await host.Inbox.HandleOnceAsync(context, "tests.charge", HandleAsync));

        Assert.Equal(2, attempts);
        Assert.Equal(new Dictionary<long, long> { [1] = 1 }, await schema.EffectsAsync());
    }

    [SkippableFact]
    public async Task Two_consumers_of_one_message_keep_separate_records()
    {
        await using var schema = await TestSchema.CreateAsync();
        await using var host = await OutboxHost.StartAsync(schema);
        var context = Context("m-1");

        Assert.True(await host.Inbox.HandleOnceAsync(context, "billing.charge", (t, ct) => Effects.WriteAsync(t, schema.Name, 1, ct)));
        Assert.True(await host.Inbox.HandleOnceAsync(context, "shipping.reserve", (t, ct) => Effects.WriteAsync(t, schema.Name, 2, ct)));
        Assert.False(await host.Inbox.HandleOnceAsync(context, "billing.charge", (t, ct) => Effects.WriteAsync(t, schema.Name, 1, ct)));

        Assert.Equal(new Dictionary<long, long> { [1] = 1, [2] = 1 }, await schema.EffectsAsync());
    }

    [SkippableFact]
    public async Task Concurrent_deliveries_of_one_message_have_one_effect()
    {
        await using var schema = await TestSchema.CreateAsync();
        await using var host = await OutboxHost.StartAsync(schema);
        var results = new ConcurrentBag<bool>();

        // Competing consumers handed the same message at once: the second insert waits for the first transaction.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            results.Add(await host.Inbox.HandleOnceAsync(Context("m-1"), "tests.charge", async (t, ct) =>
            {
                await Effects.WriteAsync(t, schema.Name, 1, ct);
                await Task.Delay(50, ct);
            })))));

        Assert.Single(results, handled => handled);
        Assert.Equal(new Dictionary<long, long> { [1] = 1 }, await schema.EffectsAsync());
        Assert.Equal(7L, host.Inbox.SkippedCount);
    }

    [SkippableFact]
    public async Task What_a_handler_publishes_is_committed_with_its_inbox_record()
    {
        await using var schema = await TestSchema.CreateAsync();
        await using var host = await OutboxHost.StartAsync(schema);
        await host.StopAsync();

        await host.Inbox.HandleOnceAsync(Context("m-1"), "tests.forward", (_, ct) => host.Publisher.PublishAsync(new OrderPlaced(9, "c"), ct).AsTask());
        await Assert.ThrowsAsync<InvalidOperationException>(() => host.Inbox.HandleOnceAsync(Context("m-2"), "tests.forward", async (_, ct) =>
        {
            await host.Publisher.PublishAsync(new OrderPlaced(10, "c"), ct);
            throw new InvalidOperationException("handler failed after publishing");
        }));

        Assert.Equal(["m-1"], await schema.ColumnAsync<string>($"SELECT message_id FROM {schema.Name}.inbox"));
        Assert.Equal(1L, (await host.Outbox.GetDepthAsync()).Waiting);
    }

    [SkippableFact]
    public async Task Purge_forgets_only_ids_older_than_the_retention()
    {
        await using var schema = await TestSchema.CreateAsync();
        // No background purge: the relay service's own purge at startup could otherwise come after the UPDATE below
        // and forget 'old' before the test's purge does (it did, once, on a loaded CI machine).
        await using var host = await OutboxHost.StartAsync(schema, options => options.InboxRetention = null);
        await host.Inbox.HandleOnceAsync(Context("old"), "tests.charge", (_, _) => Task.CompletedTask);
        await host.Inbox.HandleOnceAsync(Context("new"), "tests.charge", (_, _) => Task.CompletedTask);
        await schema.ExecuteAsync($"UPDATE {schema.Name}.inbox SET handled_at = now() - interval '8 days' WHERE message_id = 'old'");

        Assert.Equal(1, await host.Inbox.PurgeAsync(TimeSpan.FromDays(7)));
        Assert.True(await host.Inbox.HandleOnceAsync(Context("old"), "tests.charge", (_, _) => Task.CompletedTask));
        Assert.False(await host.Inbox.HandleOnceAsync(Context("new"), "tests.charge", (_, _) => Task.CompletedTask));
    }

    private static MessageContext Context(string messageId)
        => new(messageId, new MessageKey("outbox-tests.order-placed", 1), new Dictionary<string, string> { [EnvelopeHeaders.MessageId] = messageId }, 0);
}
