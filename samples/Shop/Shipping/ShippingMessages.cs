using Contracts;

namespace Shop.Shipping;

/// <summary>
/// Shipping's own view of Billing's <c>billing.payment-captured</c>: Billing ships no contracts library, so Shipping
/// declares the one member it reads (the consumer-owned style).
/// </summary>
[Message("billing.payment-captured", Version = 1)]
public partial record PaymentCaptured(Guid OrderId);

/// <summary>An order left the warehouse. Shipping owns this message because Shipping is the only one who can say so.</summary>
[Message("shipping.order-shipped", Version = 1)]
public partial record OrderShipped(Guid OrderId, string TrackingNumber, DateTimeOffset ShippedAt);

/// <summary>Everything Shipping sends.</summary>
[Publishes<OrderShipped>]
public partial class ShippingPublisher;
