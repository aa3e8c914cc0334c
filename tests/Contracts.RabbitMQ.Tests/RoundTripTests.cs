using System.Text;
using RabbitMQ.Client;

namespace Contracts.RabbitMQ.Tests;

/// <summary>A message published through the generated publisher reaches the generated consumer over a real broker.</summary>
[Collection(BrokerCollection.Name)]
public sealed class RoundTripTests
{
    [SkippableFact]
    public async Task A_published_message_reaches_the_consumer_equal_with_its_envelope()
    {
        await using var scope = await Scope.CreateAsync();
        await using var host = await BrokerHost.StartAsync(scope);

        // A raw queue on the same binding shows what the transport put on the wire.
        var channel = await scope.Admin.ChannelAsync();
        var tap = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
        await channel.QueueBindAsync(tap, scope.Exchange, "orders.order-placed.v1");

        var order = new OrderPlaced(Guid.NewGuid(), "customer-1", [new OrderLine("sku-1", 2, 9.99m)], 19.98m, DateTimeOffset.UtcNow, "WELCOME");
        await host.Publisher.PublishAsync(order, new PublishOptions { MessageId = "order-1" });

        await Eventually.TrueAsync(() => host.Inbox.All.Count == 1, "the order to arrive");
        var received = Assert.Single(host.Inbox.All);
        var arrived = Assert.IsType<OrderPlaced>(received.Message);
        Assert.Equal(order.Lines, arrived.Lines);
        Assert.Equal(order with { Lines = [] }, arrived with { Lines = [] }); // records compare lists by reference
        Assert.Equal("order-1", received.Context.MessageId);
        Assert.Equal(new MessageKey("orders.order-placed", 1), received.Context.Key);
        Assert.Equal(0, received.Context.RedeliveryCount);

        var wire = await channel.BasicGetAsync(tap, autoAck: true);
        Assert.NotNull(wire);
        Assert.Equal("order-1", wire.BasicProperties.MessageId);
        Assert.Equal("application/json", wire.BasicProperties.ContentType);
        Assert.Equal(DeliveryModes.Persistent, wire.BasicProperties.DeliveryMode);
        Assert.Equal("orders.order-placed", Encoding.UTF8.GetString((byte[])wire.BasicProperties.Headers![EnvelopeHeaders.MessageName]!));
        Assert.StartsWith("{\"orderId\":", Encoding.UTF8.GetString(wire.Body.Span));

        // Only the envelope reaches consumers: none of the client's own headers (RabbitMQ.Client's confirmation
        // tracking would add x-dotnet-pub-seq-no to every message), which a consumer in another language would see.
        string[] envelope = [EnvelopeHeaders.MessageName, EnvelopeHeaders.MessageVersion, EnvelopeHeaders.MessageId, EnvelopeHeaders.ContentType,
            EnvelopeHeaders.SchemaFingerprint, EnvelopeHeaders.Producer, EnvelopeHeaders.TraceParent];
        Assert.All(wire.BasicProperties.Headers.Keys, name => Assert.Contains(name, envelope));

        await Eventually.TrueAsync(() => host.Transport.DeliveredCount == 1, "the ack to be counted");
        Assert.Equal(1, host.Transport.PublishedCount);
        Assert.Equal(0, host.Transport.DeadLetteredCount);
    }
}
