namespace Contracts.RabbitMQ;

/// <summary>The kind of queue the transport declares for each endpoint (and its retry and dead-letter queues).</summary>
public enum RabbitMqQueueType
{
    /// <summary>
    /// Replicated (Raft) queues: a confirmed message is on a majority of the cluster's nodes, the queue survives the loss
    /// of a minority of them, and the broker counts every delivery (<c>x-delivery-count</c>) and enforces a delivery limit.
    /// The default; see docs/rabbitmq.md for why.
    /// </summary>
    Quorum,

    /// <summary>
    /// Single-node queues: the queue lives on one node and is unavailable while that node is down. The broker does not
    /// count redeliveries, so the transport counts them itself. For existing deployments whose queues are classic.
    /// </summary>
    Classic,
}
