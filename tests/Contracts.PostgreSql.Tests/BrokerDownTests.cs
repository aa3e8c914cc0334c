using Xunit.Abstractions;

namespace Contracts.PostgreSql.Tests;

/// <summary>
/// The broker goes away while orders commit: the messages wait in the outbox (counted), nothing is dropped, and they go
/// out when it comes back. The relay reaches the broker through a forwarder the test cuts, so the broker other test
/// projects share keeps running.
/// </summary>
public sealed class BrokerDownTests(ITestOutputHelper output)
{
    private const int OrdersWhileDown = 500;

    [SkippableFact]
    public async Task Orders_committed_while_the_broker_is_down_wait_in_the_outbox_and_all_go_out_when_it_returns()
    {
        await using var run = await BrokerRun.CreateAsync("down");
        await using var schema = await TestSchema.CreateAsync();
        await using var consumerSchema = await TestSchema.CreateAsync();
        var broker = new Uri(Broker.Single.ConnectionString);
        await using var forwarder = new TcpForwarder(broker.Host, broker.Port);
        var viaForwarder = new UriBuilder(broker) { Port = forwarder.Port }.Uri.ToString();

        // The consumer talks to the broker directly; only the producing service loses it.
        await using var consumer = await OutboxHost.StartAsync(consumerSchema, transport: run.Transport("consumer"));
        await using var producer = await OutboxHost.StartAsync(schema, o => o.PublishTimeout = TimeSpan.FromSeconds(2), run.Transport("producer", viaForwarder));
        await producer.CommitAsync(0);
        await Eventually.TrueAsync(() => consumer.Deliveries.Counts.ContainsKey(0), "a message before the outage");

        // Its row must be gone first: a confirm cut by the outage would leave it waiting too, and count as one more.
        await Eventually.TrueAsync(() => producer.Outbox.Relay.PublishedCount == 1, "the relay to settle the first message");

        forwarder.GoDown();
        for (var number = 1; number <= OrdersWhileDown; number++)
        {
            await producer.CommitAsync(number);
        }

        await Eventually.TrueAsync(() => producer.Outbox.Relay.ConsecutiveFailures >= 3, "the relay to fail while the broker is away", TimeSpan.FromMinutes(1));
        var during = await producer.Outbox.GetDepthAsync();
        var deliveredDuring = consumer.Deliveries.Counts.Count - 1;
        output.WriteLine($"broker down: {during.Waiting} waiting in the outbox, {deliveredDuring} delivered, relay failures {producer.Outbox.Relay.PublishFailureCount}, last error: {producer.Outbox.Relay.LastError}");

        forwarder.ComeBack();
        await Eventually.TrueAsync(() => consumer.Deliveries.Counts.Count == OrdersWhileDown + 1, "every message after the broker came back", TimeSpan.FromMinutes(2));
        await Eventually.TrueAsync(async () => (await producer.Outbox.GetDepthAsync()).Waiting == 0, "the outbox to empty");

        var lost = Enumerable.Range(0, OrdersWhileDown + 1).Count(n => !consumer.Deliveries.Counts.ContainsKey(n));
        output.WriteLine($"broker back: lost {lost}, consecutive failures now {producer.Outbox.Relay.ConsecutiveFailures}");
        Assert.Equal(OrdersWhileDown, during.Waiting);
        Assert.Equal(0, deliveredDuring);
        Assert.Equal(0, lost);
        Assert.Equal(0, producer.Outbox.Relay.ConsecutiveFailures);
        Assert.NotNull(producer.Outbox.Relay.LastError);
    }
}
