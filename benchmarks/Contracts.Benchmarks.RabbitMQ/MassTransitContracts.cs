using MassTransit;

// Both libraries name their consumer interface IConsumer; this file means MassTransit's.

namespace Contracts.Benchmarks.RabbitMQ;

/// <summary>The same event as <see cref="OrderPaid"/>, as MassTransit sends it: a plain record, routed by its CLR type.</summary>
public sealed record MtOrderPaid(Guid OrderId, string CustomerId, decimal Amount, string Currency, DateTimeOffset PaidAt);

/// <summary>Counts deliveries on the MassTransit side, like <see cref="CountOrderPaid"/> does on the Contracts side.</summary>
public sealed class CountMtOrderPaid(Arrivals arrivals) : MassTransit.IConsumer<MtOrderPaid>
{
    public Task Consume(ConsumeContext<MtOrderPaid> context)
    {
        arrivals.One();
        return Task.CompletedTask;
    }
}
