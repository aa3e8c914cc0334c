namespace Contracts;

/// <summary>
/// The envelope header names every transport carries. A message is identified by <see cref="MessageName"/> and
/// <see cref="MessageVersion"/>; the body is UTF-8 JSON.
/// </summary>
public static class EnvelopeHeaders
{
    /// <summary>The message name, e.g. <c>orders.order-placed</c>.</summary>
    public const string MessageName = "contracts-message";

    /// <summary>The message version as a decimal integer.</summary>
    public const string MessageVersion = "contracts-version";

    /// <summary>A unique id per published message (a GUID in "N" form by default).</summary>
    public const string MessageId = "message-id";

    /// <summary>The body's content type; always <see cref="JsonContentType"/>.</summary>
    public const string ContentType = "content-type";

    /// <summary>A short hash of the writer's schema, for diagnosing mismatched deployments.</summary>
    public const string SchemaFingerprint = "contracts-schema";

    /// <summary>
    /// The publishing service's name (its application name), so a consumer can tell which producer sent a schema it
    /// never checked. Over RabbitMQ it is also the AMQP <c>app_id</c>, and a plain AMQP client's <c>app_id</c> is read as it.
    /// </summary>
    public const string Producer = "contracts-producer";

    /// <summary>The W3C trace context of the publisher.</summary>
    public const string TraceParent = "traceparent";

    /// <summary>Why a message was dead-lettered.</summary>
    public const string DeadLetterReason = "contracts-dead-letter-reason";

    /// <summary>The exception (type and message) that made a message dead-lettered.</summary>
    public const string DeadLetterException = "contracts-dead-letter-exception";

    /// <summary>The content type of every body.</summary>
    public const string JsonContentType = "application/json";
}
