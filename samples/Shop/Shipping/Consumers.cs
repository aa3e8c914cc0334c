using Contracts;
using Microsoft.Extensions.Logging;
using Shop.Orders.Contracts;

namespace Shop.Shipping;

/// <summary>Ships an order once it is paid for, unless the customer cancelled it first.</summary>
public sealed class ShipPaidOrder(Warehouse warehouse, ShippingPublisher publisher) : IConsumer<PaymentCaptured>
{
    public async ValueTask ConsumeAsync(PaymentCaptured message, MessageContext context, CancellationToken cancellationToken)
    {
        if (!warehouse.TryShip(message.OrderId))
        {
            return; // cancelled before it left; a real shop would refund here
        }

        var tracking = "TRK-" + message.OrderId.ToString("N")[^8..].ToUpperInvariant();
        await publisher.PublishAsync(new OrderShipped(message.OrderId, tracking, DateTimeOffset.UtcNow), cancellationToken);
    }
}

/// <summary>Stops the parcel of a cancelled order if it has not left yet.</summary>
public sealed class StopCancelledOrder(Warehouse warehouse, ILogger<StopCancelledOrder> logger) : IConsumer<OrderCancelled>
{
    public ValueTask ConsumeAsync(OrderCancelled message, MessageContext context, CancellationToken cancellationToken)
    {
        if (!warehouse.TryStop(message.OrderId))
        {
            logger.LogInformation("Order {OrderId} was cancelled ({Reason}) after it shipped", message.OrderId, message.Reason);
        }

        return ValueTask.CompletedTask;
    }
}
