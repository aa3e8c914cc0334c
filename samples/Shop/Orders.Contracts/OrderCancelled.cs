using Contracts;

namespace Shop.Orders.Contracts;

/// <summary>The customer cancelled an order before it shipped.</summary>
[Message("orders.order-cancelled", Version = 1)]
public partial record OrderCancelled(Guid OrderId, CancellationReason Reason, DateTimeOffset CancelledAt);

/// <summary>Why an order was cancelled. Sent as a string on the wire, so consumers must know every member.</summary>
public enum CancellationReason
{
    ChangedMind,
    FoundCheaper,
    DeliveryTooSlow,
}
