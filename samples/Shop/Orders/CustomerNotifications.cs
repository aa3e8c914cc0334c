using System.Collections.Concurrent;
using Contracts;

namespace Shop.Orders;

// Published by the Node.js service in samples/Shop/Notifications, which declares it in zod and owns its AsyncAPI
// document. Orders keeps its own view of the members it reads, matched by name and version on the wire, as for the
// .NET producers in Inbox.cs.

/// <summary>Orders' view of the Notifications service's <c>notifications.customer-notified</c>.</summary>
[Message("notifications.customer-notified", Version = 1)]
public partial record CustomerNotified(Guid OrderId, string CustomerId, NotificationKind Kind);

/// <summary>What the customer was told. Sent as a string on the wire; Orders must know every kind the service sends.</summary>
public enum NotificationKind
{
    OrderConfirmed,
    OrderShipped,
}

/// <summary>Counts what the customers were told, so that the fleet report can check that every order was confirmed.</summary>
public sealed class NotificationLog
{
    private readonly ConcurrentDictionary<(Guid OrderId, NotificationKind Kind), int> _sent = new();

    /// <summary>Notifications of <paramref name="kind"/>, one per order; a redelivered duplicate is not counted twice.</summary>
    public int Count(NotificationKind kind) => _sent.Keys.Count(key => key.Kind == kind);

    /// <summary>Notifications received more than once for the same order and kind (redeliveries, or a bug in the sender).</summary>
    public int Duplicates => _sent.Values.Sum(count => count - 1);

    internal void Record(CustomerNotified notification)
        => _sent.AddOrUpdate((notification.OrderId, notification.Kind), 1, (_, count) => count + 1);
}

/// <summary>Records each notification the Notifications service reports.</summary>
public sealed class RecordNotification(NotificationLog log) : IConsumer<CustomerNotified>
{
    public ValueTask ConsumeAsync(CustomerNotified message, MessageContext context, CancellationToken cancellationToken)
    {
        log.Record(message);
        return ValueTask.CompletedTask;
    }
}
