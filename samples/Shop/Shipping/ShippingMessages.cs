using Contracts;

namespace Shop.Shipping;

/// <summary>
/// Shipping's own view of Billing's <c>billing.payment-captured</c> version 1, which Billing still publishes: Billing
/// ships no contracts library, so Shipping declares the members it reads (the consumer-owned style). The amount is
/// optional in this view: messages locked before it was read may still wait in the queue without it.
/// </summary>
[Message("billing.payment-captured", Version = 1)]
public partial record PaymentCapturedV1(Guid OrderId, decimal Amount = 0m);

/// <summary>
/// Version 2, the one Shipping's consumer handles: the declared value of the parcel, with its currency. Billing has not moved yet,
/// so <see cref="PaymentCapturedV1ToV2"/> converts every v1 that arrives.
/// </summary>
[Message("billing.payment-captured", Version = 2)]
public partial record PaymentCaptured(Guid OrderId, decimal Amount, string Currency);

/// <summary>v1 → v2 during the migration: Billing charges in euros only, which is what a v1 amount means.</summary>
public sealed class PaymentCapturedV1ToV2 : IUpcast<PaymentCapturedV1, PaymentCaptured>
{
    public PaymentCaptured Upcast(PaymentCapturedV1 message) => new(message.OrderId, message.Amount, Currency: "EUR");
}

/// <summary>An order left the warehouse. Shipping owns this message because Shipping is the only one who can say so.</summary>
[Message("shipping.order-shipped", Version = 1)]
public partial record OrderShipped(Guid OrderId, string TrackingNumber, DateTimeOffset ShippedAt);

/// <summary>Everything Shipping sends.</summary>
[Publishes<OrderShipped>]
public partial class ShippingPublisher;
