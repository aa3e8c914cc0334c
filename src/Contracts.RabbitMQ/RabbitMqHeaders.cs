namespace Contracts.RabbitMQ;

/// <summary>Header names the RabbitMQ transport adds beside the <see cref="EnvelopeHeaders"/>.</summary>
public static class RabbitMqHeaders
{
    /// <summary>
    /// How many deliveries of the message failed before this copy was sent: handlers that threw (the copy came back
    /// through the retry queue) and, on classic queues, deliveries the consumer never settled (the transport counts a
    /// broker redelivery by sending a counted copy). Absent on the first delivery. The <c>contracts-</c> prefix is
    /// reserved, so a publisher cannot forge it.
    /// </summary>
    public const string RedeliveryCount = "contracts-redelivery-count";

    /// <summary>
    /// Set by the broker on quorum queues: how many earlier deliveries of this copy ended without an ack (the consumer's
    /// process died, its connection dropped, or its channel closed). Added to <see cref="RedeliveryCount"/>.
    /// </summary>
    public const string BrokerDeliveryCount = "x-delivery-count";

    /// <summary>On a dead letter: the endpoint (queue) that gave up on the message.</summary>
    public const string DeadLetterEndpoint = "contracts-dead-letter-endpoint";
}
