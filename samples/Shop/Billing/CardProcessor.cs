namespace Shop.Billing;

/// <summary>
/// A stand-in for a card processor. Deterministic, so the sample's numbers are the same on every run: orders over the
/// credit limit fail, and so does roughly one card in twelve, picked by a stable hash of the order id.
/// </summary>
public static class CardProcessor
{
    public const decimal CreditLimit = 400m;

    /// <summary>Null when the charge goes through, else why it did not.</summary>
    public static PaymentFailureReason? Charge(Guid orderId, decimal amount)
    {
        if (amount > CreditLimit)
        {
            return PaymentFailureReason.InsufficientFunds;
        }

        return StableHash(orderId) % 12 == 0 ? PaymentFailureReason.CardDeclined : null;
    }

    // FNV-1a: string.GetHashCode is randomised per process, which would make every run different.
    private static uint StableHash(Guid id)
    {
        var hash = 2166136261u;
        foreach (var b in id.ToByteArray())
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }
}
