namespace Contracts.Generated.Tests;

/// <summary>The design.md example, as a user writes it.</summary>
[Message("orders.order-placed", Version = 1)]
public partial record OrderPlaced(
    Guid OrderId, string CustomerId, IReadOnlyList<OrderLine> Lines, decimal Total,
    DateTimeOffset PlacedAt, string? CouponCode = null);

/// <summary>A line of <see cref="OrderPlaced"/>.</summary>
public partial record OrderLine(string Sku, int Quantity, decimal UnitPrice);

/// <summary>A message whose consumer fails until its redelivery count reaches <see cref="FailTimes"/>.</summary>
[Message("tests.flaky-job", Version = 1)]
public partial record FlakyJob(string JobId, int FailTimes);

/// <summary>Version 1 of a message that has two versions.</summary>
[Message("catalog.price-changed", Version = 1)]
public partial record PriceChangedV1(string Sku, decimal Price);

/// <summary>Version 2 of the same message: a breaking change, so a new record beside the old one.</summary>
[Message("catalog.price-changed", Version = 2)]
public partial record PriceChangedV2(string Sku, decimal Amount, string Currency);

/// <summary>Publishes the end-to-end messages; the generator writes one typed PublishAsync per declared message.</summary>
[Publishes<OrderPlaced>]
[Publishes<FlakyJob>]
[Publishes<PriceChangedV1>]
[Publishes<PriceChangedV2>]
public partial class TestPublisher;
