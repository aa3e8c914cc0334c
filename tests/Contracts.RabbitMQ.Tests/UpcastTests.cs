using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace Contracts.RabbitMQ.Tests;

/// <summary>
/// Over a real broker: the endpoint binds the routing key of every version it reads through an upcaster and of every
/// alias, so a v1 from a producer that has not moved, and a message under its old name, reach the v2 consumer.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class UpcastTests
{
    [SkippableFact]
    public async Task A_v1_is_upcast_to_the_v2_consumer_and_the_old_name_is_bound_and_delivered()
    {
        await using var scope = await Scope.CreateAsync();
        await using var host = await BrokerHost.StartAsync(scope);
        var publisher = host.Services.GetRequiredService<StockPublisher>();

        await publisher.PublishAsync(new StockCountedV1("sku-1", 3));
        await publisher.PublishAsync(new StockCounted("sku-2", 4, "east"));
        await scope.Admin.RunAsync(channel => channel.BasicPublishAsync(
            scope.Exchange, "tests.inventory-counted.v2", mandatory: true,
            new BasicProperties { Headers = Envelope("tests.inventory-counted", "old-name"), DeliveryMode = DeliveryModes.Persistent },
            Encoding.UTF8.GetBytes("""{"sku":"sku-3","count":5,"warehouse":"west"}""")).AsTask());

        await Eventually.TrueAsync(() => host.Inbox.All.Count == 3, "the three counts to arrive");
        var received = host.Inbox.All.OrderBy(r => ((StockCounted)r.Message).Sku).ToList();
        Assert.Equal<object>([new StockCounted("sku-1", 3, "main"), new StockCounted("sku-2", 4, "east"), new StockCounted("sku-3", 5, "west")], received.Select(r => r.Message));
        Assert.Equal(
            [new MessageKey("tests.stock-counted", 1), new MessageKey("tests.stock-counted", 2), new MessageKey("tests.inventory-counted", 2)],
            received.Select(r => r.Context.Key));
        await Eventually.TrueAsync(() => host.Transport.DeliveredCount == 3, "the acks to be counted");
        Assert.Equal(0, host.Transport.DeadLetteredCount);
    }

    private static Dictionary<string, object?> Envelope(string name, string id) => new()
    {
        [EnvelopeHeaders.MessageName] = name,
        [EnvelopeHeaders.MessageVersion] = "2",
        [EnvelopeHeaders.MessageId] = id,
        [EnvelopeHeaders.ContentType] = EnvelopeHeaders.JsonContentType,
    };
}
