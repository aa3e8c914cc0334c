using Contracts;

namespace Shop.Orders;

// The consumer-owned style: Orders keeps its own copy of just the members it reads from Billing and Shipping.
// Matched to the producers' records by name and version on the wire, never by CLR type.

/// <summary>Orders' view of Billing's <c>billing.payment-failed</c>.</summary>
[Message("billing.payment-failed", Version = 1)]
public partial record PaymentFailed(Guid OrderId);

/// <summary>Orders' view of Shipping's <c>shipping.order-shipped</c>.</summary>
[Message("shipping.order-shipped", Version = 1)]
public partial record OrderShipped(Guid OrderId, string TrackingNumber);

/// <summary>Marks an order whose payment failed.</summary>
public sealed class RecordPaymentFailure(IOrderStore store) : IConsumer<PaymentFailed>
{
    public async ValueTask ConsumeAsync(PaymentFailed message, MessageContext context, CancellationToken cancellationToken)
        => await store.PaymentFailedAsync(message.OrderId, context, cancellationToken);
}

/// <summary>Marks an order that left the warehouse.</summary>
public sealed class RecordShipment(IOrderStore store) : IConsumer<OrderShipped>
{
    public async ValueTask ConsumeAsync(OrderShipped message, MessageContext context, CancellationToken cancellationToken)
        => await store.ShippedAsync(message.OrderId, context, cancellationToken);
}
