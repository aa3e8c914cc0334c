using Contracts;

namespace Contracts.Benchmarks.PostgreSql;

/// <summary>A typical small event: a few scalars and a string, about 150 bytes of JSON.</summary>
[Message("bench.order-placed", Version = 1)]
public partial record OrderPlaced(Guid OrderId, string CustomerId, decimal Total, string Currency, DateTimeOffset PlacedAt);

/// <summary>The generated publisher both sides send through.</summary>
[Publishes<OrderPlaced>]
public partial class BenchPublisher;
