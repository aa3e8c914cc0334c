using Contracts;

namespace Shop.Orders.Contracts;

/// <summary>A customer placed an order. Published once per order by the Orders service.</summary>
[Message("orders.order-placed", Version = 1)]
public partial record OrderPlaced(
    Guid OrderId,
    string CustomerId,
    IReadOnlyList<OrderLine> Lines,
    decimal Total,
    DateTimeOffset PlacedAt,
    string? CouponCode = null);

/// <summary>One line of an order.</summary>
public partial record OrderLine(string Sku, int Quantity, decimal UnitPrice);
