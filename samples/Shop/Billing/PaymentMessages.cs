using Contracts;

namespace Shop.Billing;

/// <summary>Billing charged the customer for an order.</summary>
[Message("billing.payment-captured", Version = 1)]
public partial record PaymentCaptured(Guid OrderId, decimal Amount, string PaymentReference, DateTimeOffset CapturedAt);

/// <summary>Billing could not charge the customer for an order.</summary>
[Message("billing.payment-failed", Version = 1)]
public partial record PaymentFailed(Guid OrderId, PaymentFailureReason Reason, DateTimeOffset FailedAt);

/// <summary>Why a payment failed. Sent as a string: a consumer that reads it must know every member Billing may send.</summary>
public enum PaymentFailureReason
{
    CardDeclined,
    InsufficientFunds,
}

/// <summary>Everything Billing sends.</summary>
[Publishes<PaymentCaptured>]
[Publishes<PaymentFailed>]
public partial class BillingPublisher;
