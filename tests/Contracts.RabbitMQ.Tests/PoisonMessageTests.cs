using System.Text;
using RabbitMQ.Client;

namespace Contracts.RabbitMQ.Tests;

/// <summary>Messages that can never be handled go to the dead-letter queue at once, with the reason, and the endpoint keeps consuming.</summary>
[Collection(BrokerCollection.Name)]
public sealed class PoisonMessageTests
{
    [SkippableFact]
    public async Task Unreadable_body_unknown_message_and_bad_envelope_are_dead_lettered_at_once_and_the_consumer_keeps_going()
    {
        await using var scope = await Scope.CreateAsync();
        await using var host = await BrokerHost.StartAsync(scope);

        // A body that is not the contract, on the binding of a real message.
        await RawPublishAsync(scope, scope.Exchange, "orders.order-placed.v1", Envelope("orders.order-placed", "bad-body"), """{"orderId":"not-a-guid"}""");
        // A name and version this service does not consume, put straight into its queue.
        await RawPublishAsync(scope, "", scope.Queue, Envelope("orders.order-shipped", "unknown"), "{}");
        // No message id: the envelope is unusable.
        var noId = Envelope("orders.order-placed", "ignored");
        noId.Remove(EnvelopeHeaders.MessageId);
        await RawPublishAsync(scope, "", scope.Queue, noId, "{}");

        var order = new OrderPlaced(Guid.NewGuid(), "after-the-poison", [], 0m, DateTimeOffset.UtcNow);
        await host.Publisher.PublishAsync(order);

        await Eventually.TrueAsync(() => host.Inbox.All.Count == 1, "the good message after the poison ones");
        Assert.Equal(order.OrderId, Assert.IsType<OrderPlaced>(host.Inbox.All[0].Message).OrderId);
        await scope.WaitForDeadLettersAsync(3);

        var dead = await scope.DrainDeadLettersAsync();
        Assert.Equal(3, dead.Count);
        var reasons = dead.Select(d => Header(d, EnvelopeHeaders.DeadLetterReason)).ToArray();
        Assert.All(reasons, r => Assert.StartsWith("not retried: ", r));
        Assert.Contains("MessageFormatException", Header(dead[0], EnvelopeHeaders.DeadLetterException));
        Assert.Contains("$.orderId", reasons[0]);
        Assert.Contains("UnknownMessageException", Header(dead[1], EnvelopeHeaders.DeadLetterException));
        Assert.Contains("missing header 'message-id'", reasons[2]);

        // The original headers and body travel with the dead letter, so it can be inspected and replayed.
        Assert.Equal("bad-body", Header(dead[0], EnvelopeHeaders.MessageId));
        Assert.Equal("orders.order-placed", Header(dead[0], EnvelopeHeaders.MessageName));
        Assert.Equal(Scope.Endpoint, Header(dead[0], RabbitMqHeaders.DeadLetterEndpoint));
        Assert.Equal("""{"orderId":"not-a-guid"}""", Encoding.UTF8.GetString(dead[0].Body.Span));

        // Poison is never retried: each was delivered once.
        Assert.Equal(0, host.Transport.RetriedCount);
        Assert.Equal(3, host.Transport.DeadLetteredCount);
    }

    private static Dictionary<string, object?> Envelope(string name, string id) => new()
    {
        [EnvelopeHeaders.MessageName] = name,
        [EnvelopeHeaders.MessageVersion] = "1",
        [EnvelopeHeaders.MessageId] = id,
        [EnvelopeHeaders.ContentType] = EnvelopeHeaders.JsonContentType,
    };

    private static async Task RawPublishAsync(Scope scope, string exchange, string routingKey, Dictionary<string, object?> headers, string body)
        => await scope.Admin.RunAsync(channel => channel.BasicPublishAsync(exchange, routingKey, mandatory: true, new BasicProperties { Headers = headers, DeliveryMode = DeliveryModes.Persistent }, Encoding.UTF8.GetBytes(body)).AsTask());

    internal static string Header(BasicGetResult message, string name)
        => message.BasicProperties.Headers is { } headers && headers.TryGetValue(name, out var value) && value is byte[] bytes
            ? Encoding.UTF8.GetString(bytes)
            : throw new Xunit.Sdk.XunitException($"no header '{name}'");
}
