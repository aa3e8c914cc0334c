namespace Contracts.Generated.Tests;

/// <summary>A generated publisher over the in-memory transport reaches every consumer of the message with an equal record.</summary>
public sealed class PublishFanOutTests
{
    private const int Count = 500;

    [Fact]
    public async Task Every_consumer_receives_every_published_message_equal_and_in_order()
    {
        await using var host = await TestHost.StartAsync();
        var sent = Enumerable.Range(0, Count).Select(Orders.Number).ToArray();

        foreach (var order in sent)
        {
            await host.Publisher.PublishAsync(order).Safe();
        }

        await host.IdleAsync();
        foreach (var consumer in new[] { nameof(ReserveStock), nameof(SendConfirmation) })
        {
            var received = host.Inbox.Of(consumer).Select(r => r.Message).ToArray();
            Assert.Equal(Count, received.Length);
            Structural.Equal(sent, received);
        }

        Assert.Equal(Count, host.Transport.PublishedCount);
        Assert.Equal(Count, host.Transport.DeliveredCount); // one endpoint: both consumers run in one delivery
        Assert.Equal(0, host.Transport.DeadLetteredCount);
    }

    [Fact]
    public async Task Each_consumer_gets_its_own_copy_of_nothing_shared_with_the_publisher()
    {
        await using var host = await TestHost.StartAsync();
        var order = Orders.Number(1);

        await host.Publisher.PublishAsync(order).Safe();
        await host.IdleAsync();

        var received = host.Inbox.All.Select(r => (OrderPlaced)r.Message).ToArray();
        Assert.Equal(2, received.Length);
        Assert.All(received, r => Assert.NotSame(order, r));
        Structural.Equal(order, received[0]);
        Structural.Equal(order, received[1]);
    }
}
