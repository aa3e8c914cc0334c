using System.Collections.Concurrent;
using Contracts;
using Shop.Orders.Contracts;

namespace Shop.Orders;

/// <summary>Where an order ended up. Exactly one per order once the fleet is idle; <see cref="Open"/> means it got stuck.</summary>
public enum OrderOutcome
{
    Open,
    Shipped,
    Cancelled,
    PaymentFailed,
}

/// <summary>A parcel that left cannot be cancelled, and a customer who cancelled has no failed payment to chase.</summary>
public static class OrderOutcomes
{
    public static OrderOutcome Of(bool shipped, bool cancelled, bool paymentFailed)
        => shipped ? OrderOutcome.Shipped
            : cancelled ? OrderOutcome.Cancelled
            : paymentFailed ? OrderOutcome.PaymentFailed
            : OrderOutcome.Open;
}

/// <summary>
/// Orders' record of every order it placed and what the fleet reported back. In-memory, as the whole sample is by
/// default; <see cref="PostgresOrderStore"/> keeps the same record in PostgreSQL.
/// </summary>
public sealed class OrderBook : IOrderStore
{
    private readonly ConcurrentDictionary<Guid, Entry> _orders = new();

    public void Placed(Guid orderId) => _orders.TryAdd(orderId, new Entry());

    public void Cancelled(Guid orderId) => Update(orderId, e => e.Cancelled = true);

    public void PaymentFailed(Guid orderId) => Update(orderId, e => e.PaymentFailed = true);

    public void Shipped(Guid orderId) => Update(orderId, e => e.Shipped = true);

    // Booked before publishing: Billing may answer before PublishAsync returns.
    public async Task PlaceAsync(OrderPlaced order, Func<CancellationToken, Task> publish, CancellationToken cancellationToken)
    {
        Placed(order.OrderId);
        await publish(cancellationToken);
    }

    public async Task CancelAsync(Guid orderId, Func<CancellationToken, Task> publish, CancellationToken cancellationToken)
    {
        Cancelled(orderId);
        await publish(cancellationToken);
    }

    public Task PaymentFailedAsync(Guid orderId, MessageContext context, CancellationToken cancellationToken)
    {
        PaymentFailed(orderId);
        return Task.CompletedTask;
    }

    public Task ShippedAsync(Guid orderId, MessageContext context, CancellationToken cancellationToken)
    {
        Shipped(orderId);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<OrderOutcome, int>> OutcomesAsync(CancellationToken cancellationToken) => Task.FromResult(Outcomes());

    /// <summary>How many orders ended in each outcome.</summary>
    public IReadOnlyDictionary<OrderOutcome, int> Outcomes()
    {
        var counts = Enum.GetValues<OrderOutcome>().ToDictionary(o => o, _ => 0);
        foreach (var entry in _orders.Values)
        {
            counts[entry.Outcome]++;
        }

        return counts;
    }

    // Consumers run on other threads than the storefront, and a report from an unknown order is a bug worth seeing.
    private void Update(Guid orderId, Action<Entry> change)
    {
        if (!_orders.TryGetValue(orderId, out var entry))
        {
            throw new InvalidOperationException($"Order {orderId} was never placed here.");
        }

        lock (entry)
        {
            change(entry);
        }
    }

    private sealed class Entry
    {
        public bool Cancelled { get; set; }

        public bool PaymentFailed { get; set; }

        public bool Shipped { get; set; }

        public OrderOutcome Outcome
        {
            get
            {
                lock (this)
                {
                    return OrderOutcomes.Of(Shipped, Cancelled, PaymentFailed);
                }
            }
        }
    }
}
