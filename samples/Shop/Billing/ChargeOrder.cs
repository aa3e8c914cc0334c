using Contracts;

namespace Shop.Billing;

/// <summary>Charges every placed order and tells the fleet how it went.</summary>
public sealed class ChargeOrder(BillingPublisher publisher) : IConsumer<OrderPlaced>
{
    public async ValueTask ConsumeAsync(OrderPlaced message, MessageContext context, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        if (CardProcessor.Charge(message.OrderId, message.Total) is { } reason)
        {
            await publisher.PublishAsync(new PaymentFailed(message.OrderId, reason, now), cancellationToken);
            return;
        }

        // The message id is stable across redeliveries, so it makes an idempotent payment reference.
        var reference = "pay-" + context.MessageId;
        await publisher.PublishAsync(new PaymentCaptured(message.OrderId, message.Total, reference, now), cancellationToken);
    }
}
