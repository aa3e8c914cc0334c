namespace Contracts.Generated.Tests;

/// <summary>Distinct <see cref="OrderPlaced"/> values, so a test can tell every delivered record from the others.</summary>
internal static class Orders
{
    public static OrderPlaced Number(int n) => new(
        OrderId: Guid.NewGuid(),
        CustomerId: "customer-" + n,
        Lines: [new OrderLine("sku-" + n, n % 7 + 1, 9.99m), new OrderLine("gift-wrap", 1, 0.50m)],
        Total: 9.99m * (n % 7 + 1) + 0.50m,
        PlacedAt: new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.FromHours(n % 12)).AddSeconds(n),
        CouponCode: n % 3 == 0 ? null : "coupon-" + n);
}
