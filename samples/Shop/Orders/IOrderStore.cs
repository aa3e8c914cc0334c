using Contracts;
using Shop.Orders.Contracts;

namespace Shop.Orders;

/// <summary>
/// Where Orders keeps its orders: in memory (the default, <see cref="OrderBook"/>) or in PostgreSQL with the messages
/// going out through the transactional outbox (<see cref="PostgresOrderStore"/>, <c>--store postgres</c>).
/// </summary>
public interface IOrderStore
{
    /// <summary>Records a new order and runs <paramref name="publish"/>, which sends its message.</summary>
    Task PlaceAsync(OrderPlaced order, Func<CancellationToken, Task> publish, CancellationToken cancellationToken);

    /// <summary>Marks an order cancelled and runs <paramref name="publish"/>, which sends the cancellation.</summary>
    Task CancelAsync(Guid orderId, Func<CancellationToken, Task> publish, CancellationToken cancellationToken);

    /// <summary>Marks an order whose payment failed, as Billing reported in the delivery of <paramref name="context"/>.</summary>
    Task PaymentFailedAsync(Guid orderId, MessageContext context, CancellationToken cancellationToken);

    /// <summary>Marks an order that left the warehouse, as Shipping reported in the delivery of <paramref name="context"/>.</summary>
    Task ShippedAsync(Guid orderId, MessageContext context, CancellationToken cancellationToken);

    /// <summary>How many orders ended in each outcome.</summary>
    Task<IReadOnlyDictionary<OrderOutcome, int>> OutcomesAsync(CancellationToken cancellationToken);
}
