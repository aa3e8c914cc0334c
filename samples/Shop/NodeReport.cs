using Shop.Orders;

namespace Shop;

/// <summary>
/// The Node.js service's part of the fleet report: what it handled and sent (its own counters) and what Orders heard
/// from it. Every placed order must have been confirmed to its customer and every shipped one announced.
/// </summary>
internal sealed record NodeReport(NodeStatus Status, int Confirmations, int ShippingNotices)
{
    public static NodeReport Of(NodeStatus status, NotificationLog heard)
        => new(status, heard.Count(NotificationKind.OrderConfirmed), heard.Count(NotificationKind.OrderShipped));

    public IEnumerable<string> Problems(int placed, int shipped)
    {
        if (Confirmations != placed)
        {
            yield return $"Orders heard {Confirmations} order confirmation(s) from Notifications but {placed} orders were placed";
        }

        if (ShippingNotices != shipped)
        {
            yield return $"Orders heard {ShippingNotices} shipping notice(s) from Notifications but {shipped} orders shipped";
        }

        if (Status.Unchecked > 0)
        {
            yield return $"{Status.Unchecked} message(s) reached Notifications with a contracts-schema its exported contracts do not name: export samples/Shop/Notifications/contracts again";
        }

        foreach (var reason in Status.DeadLetterReasons)
        {
            yield return "dead letter on notifications (node): " + reason;
        }
    }

    public void Print(TextWriter output)
    {
        var handled = string.Join(", ", Status.HandledByKey.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Value} {k.Key}"));
        output.WriteLine($"notifications (node): handled {handled}; published {Status.Published} notifications.customer-notified.v1; {Status.Retried} retried, {Status.DeadLettered} dead-lettered");
        output.WriteLine($"orders heard from notifications: {Confirmations} order confirmations, {ShippingNotices} shipping notices");
    }
}
