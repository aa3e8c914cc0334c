namespace Contracts.Diagnostics;

/// <summary>
/// Attribute names on spans and metrics: OpenTelemetry's messaging conventions where they define one, and the
/// <c>contracts.</c> namespace for what is Contracts' own.
/// </summary>
public static class MessagingAttributes
{
    /// <summary><c>messaging.system</c>: <c>rabbitmq</c>, or <c>contracts</c> for the in-memory transport.</summary>
    public const string System = "messaging.system";

    /// <summary><c>messaging.operation.type</c>: <c>send</c> for a publish, <c>process</c> for a handled delivery.</summary>
    public const string OperationType = "messaging.operation.type";

    /// <summary><c>messaging.operation.name</c>: <c>publish</c> or <c>process</c>.</summary>
    public const string OperationName = "messaging.operation.name";

    /// <summary><c>messaging.destination.name</c>: the message name on the wire, e.g. <c>orders.order-placed</c>.</summary>
    public const string DestinationName = "messaging.destination.name";

    /// <summary><c>messaging.consumer.group.name</c>: the consuming endpoint (service).</summary>
    public const string ConsumerGroup = "messaging.consumer.group.name";

    /// <summary><c>messaging.message.id</c>: the envelope's message id.</summary>
    public const string MessageId = "messaging.message.id";

    /// <summary><c>messaging.message.body.size</c>: the body's size in bytes.</summary>
    public const string BodySize = "messaging.message.body.size";

    /// <summary><c>error.type</c>: the exception's full type name when an operation failed.</summary>
    public const string ErrorType = "error.type";

    /// <summary><c>contracts.message.version</c>: the message version on the wire.</summary>
    public const string MessageVersion = "contracts.message.version";

    /// <summary><c>contracts.dead_letter.reason</c>: <c>permanent</c>, <c>retries_exhausted</c>, <c>unsettled</c> or <c>stopped</c>.</summary>
    public const string DeadLetterReason = "contracts.dead_letter.reason";

    /// <summary><c>contracts.schema.fingerprint</c>: the writer's schema fingerprint, or <c>none</c>.</summary>
    public const string SchemaFingerprint = "contracts.schema.fingerprint";

    /// <summary><c>contracts.producer</c>: the publishing service's name, or <c>unknown</c>.</summary>
    public const string Producer = "contracts.producer";

    /// <summary><c>contracts.schema.check</c>: why a schema counts as unchecked, <c>unknown_fingerprint</c> or <c>no_fingerprint</c>.</summary>
    public const string SchemaCheck = "contracts.schema.check";
}
