namespace Contracts.RabbitMQ.Tests;

/// <summary>A realistic message for the round trip.</summary>
[Message("orders.order-placed", Version = 1)]
public partial record OrderPlaced(Guid OrderId, string CustomerId, IReadOnlyList<OrderLine> Lines, decimal Total, DateTimeOffset PlacedAt, string? CouponCode = null);

/// <summary>A line of <see cref="OrderPlaced"/>.</summary>
public partial record OrderLine(string Sku, int Quantity, decimal UnitPrice);

/// <summary>A message whose consumer fails until its redelivery count reaches <see cref="FailTimes"/>.</summary>
[Message("tests.flaky-job", Version = 1)]
public partial record FlakyJob(string JobId, int FailTimes);

/// <summary>A small numbered message for the volume, fault, sharing and shutdown tests.</summary>
[Message("tests.tick", Version = 1)]
public partial record Tick(int Number, int WorkMilliseconds = 0);

/// <summary>The crash test's job, as tests/Contracts.RabbitMQ.CrashingConsumer (another service) consumes it.</summary>
[Message("tests.crash-job", Version = 1)]
public partial record CrashJob(int Number, bool Crash);

/// <summary>Publishes every test message through the generated typed methods.</summary>
[Publishes<OrderPlaced>]
[Publishes<CrashJob>]
[Publishes<FlakyJob>]
[Publishes<Tick>]
public partial class TestPublisher;
