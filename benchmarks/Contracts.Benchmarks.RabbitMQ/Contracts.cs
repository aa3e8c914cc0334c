using Contracts;

namespace Contracts.Benchmarks.RabbitMQ;

/// <summary>A typical small event: a few scalars and a string, about 150 bytes of JSON.</summary>
[Message("bench.order-paid", Version = 1)]
public partial record OrderPaid(Guid OrderId, string CustomerId, decimal Amount, string Currency, DateTimeOffset PaidAt);

/// <summary>The generated publisher the Contracts side sends through.</summary>
[Publishes<OrderPaid>]
public partial class BenchPublisher;

/// <summary>Counts deliveries; the benchmark waits until all of one operation's messages arrived.</summary>
public sealed class CountOrderPaid(Arrivals arrivals) : IConsumer<OrderPaid>
{
    public ValueTask ConsumeAsync(OrderPaid message, MessageContext context, CancellationToken cancellationToken)
    {
        arrivals.One();
        return ValueTask.CompletedTask;
    }
}
