namespace Contracts.RabbitMQ;

/// <summary>Header names the RabbitMQ transport adds beside the <see cref="EnvelopeHeaders"/>.</summary>
public static class RabbitMqHeaders
{
    /// <summary>
    /// How many times the message failed and was sent back through the retry queue; absent on the first delivery.
    /// The <c>contracts-</c> prefix is reserved, so a publisher cannot forge it.
    /// </summary>
    public const string RedeliveryCount = "contracts-redelivery-count";

    /// <summary>On a dead letter: the endpoint (queue) that gave up on the message.</summary>
    public const string DeadLetterEndpoint = "contracts-dead-letter-endpoint";
}
