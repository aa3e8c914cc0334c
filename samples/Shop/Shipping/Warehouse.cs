namespace Shop.Shipping;

/// <summary>
/// Which orders were stopped and which left. Payment and cancellation arrive from two services, so either may come
/// first: a cancellation that arrives before the parcel leaves stops it, one that arrives after is too late.
/// </summary>
public sealed class Warehouse
{
    private readonly object _gate = new();
    private readonly HashSet<Guid> _stopped = [];
    private readonly HashSet<Guid> _shipped = [];

    public int ShippedCount
    {
        get
        {
            lock (_gate)
            {
                return _shipped.Count;
            }
        }
    }

    /// <summary>True when the order may leave (and now has); false when it was cancelled first.</summary>
    public bool TryShip(Guid orderId)
    {
        lock (_gate)
        {
            return !_stopped.Contains(orderId) && _shipped.Add(orderId);
        }
    }

    /// <summary>True when the cancellation stopped the parcel; false when it had already left.</summary>
    public bool TryStop(Guid orderId)
    {
        lock (_gate)
        {
            return !_shipped.Contains(orderId) && _stopped.Add(orderId);
        }
    }
}
