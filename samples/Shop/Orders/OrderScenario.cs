using Shop.Orders.Contracts;

namespace Shop.Orders;

/// <summary>
/// The fixed day of trading the sample runs: the same orders, in the same order, every time, so that its numbers can be
/// checked. Every tenth customer cancels right after ordering.
/// </summary>
public sealed class OrderScenario(OrdersPublisher publisher, IOrderStore store)
{
    public const int CancelEvery = 10;

    private static readonly DateTimeOffset Opening = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private static readonly (string Sku, decimal UnitPrice)[] Catalog =
    [
        ("mug-classic", 12.50m), ("tee-logo", 19.00m), ("hoodie-grey", 49.00m), ("poster-a2", 8.00m), ("lamp-desk", 89.90m),
    ];

    private static readonly CancellationReason[] Reasons = Enum.GetValues<CancellationReason>();

    /// <summary>Places orders <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1, cancelling some.</summary>
    public async Task PlaceAsync(int first, int count, CancellationToken cancellationToken)
    {
        for (var number = first; number < first + count; number++)
        {
            var order = CreateOrder(number);
            await store.PlaceAsync(order, ct => publisher.PublishAsync(order, ct).AsTask(), cancellationToken);

            if (number % CancelEvery == 0)
            {
                var reason = Reasons[number / CancelEvery % Reasons.Length];
                var cancelled = new OrderCancelled(order.OrderId, reason, order.PlacedAt.AddMinutes(3));
                await store.CancelAsync(order.OrderId, ct => publisher.PublishAsync(cancelled, ct).AsTask(), cancellationToken);
            }
        }
    }

    /// <summary>Order ids read as their number (…-000000000042), which makes the sample's output easy to follow.</summary>
    public static Guid OrderId(int number) => Guid.Parse($"00000000-0000-4000-8000-{number:D12}");

    private static OrderPlaced CreateOrder(int number)
    {
        var lines = Enumerable.Range(0, 1 + number % 3)
            .Select(i => Catalog[(number + i * 2) % Catalog.Length])
            .Select((item, i) => new OrderLine(item.Sku, 1 + (number + i) % 4, item.UnitPrice))
            .ToList();
        var total = lines.Sum(line => line.Quantity * line.UnitPrice);
        var coupon = number % 7 == 0 ? "SPRING10" : null;
        return new OrderPlaced(
            OrderId(number), $"customer-{number % 40:D3}", lines, coupon is null ? total : total * 0.9m,
            Opening.AddMinutes(number), coupon);
    }
}
