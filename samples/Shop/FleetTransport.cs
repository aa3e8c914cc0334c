using Contracts;
using Contracts.PostgreSql;
using Contracts.RabbitMQ;

namespace Shop;

/// <summary>
/// What the fleet report needs from whichever transport runs: a way to wait until every message was handled, and the
/// counters. The in-memory transport knows "idle" exactly; over RabbitMQ the fleet waits until its queues stay empty.
/// </summary>
internal sealed record FleetTransport(
    Func<CancellationToken, Task> WhenIdleAsync,
    Func<long> Delivered,
    Func<long> DeadLettered,
    Func<long> Unrouted,
    Func<IReadOnlyList<DeadLetter>> DeadLetters)
{
    public static FleetTransport Of(InMemoryTransport transport)
        => new(transport.WhenIdleAsync, () => transport.DeliveredCount, () => transport.DeadLetteredCount, () => transport.UnroutedCount, () => transport.DeadLetters);

    /// <summary>
    /// With the outbox, a message can also wait in the outbox table: idle is an empty outbox and an idle transport, with
    /// the outbox still empty afterwards (a consumer may have committed new messages meanwhile).
    /// </summary>
    public FleetTransport AfterOutbox(PostgreSqlOutbox outbox) => this with
    {
        WhenIdleAsync = async cancellationToken =>
        {
            do
            {
                while ((await outbox.GetDepthAsync(cancellationToken)).Waiting > 0)
                {
                    await Task.Delay(20, cancellationToken);
                }

                await WhenIdleAsync(cancellationToken);
            }
            while ((await outbox.GetDepthAsync(cancellationToken)).Waiting > 0);
        },
    };

    /// <summary>
    /// With the Node.js service, idle is both sides idle, twice in a row with nothing handled in between: what one side
    /// handles can make the other busy again (Orders hears back from Notifications). Its counts join the fleet's.
    /// </summary>
    public FleetTransport WithNode(NodeService node) => this with
    {
        WhenIdleAsync = async cancellationToken =>
        {
            (long, long) before, after;
            do
            {
                await WhenIdleAsync(cancellationToken);
                before = (Delivered(), (await node.StatusAsync(cancellationToken)).Settled);
                await node.WhenIdleAsync(cancellationToken);
                await WhenIdleAsync(cancellationToken);
                after = (Delivered(), (await node.StatusAsync(cancellationToken)).Settled);
            }
            while (before != after);
        },
        Delivered = () => Delivered() + node.Last.Handled,
        DeadLettered = () => DeadLettered() + node.Last.DeadLettered,
    };

    // A broker drops unroutable messages without telling the publisher, so there is no unrouted count to show.
    public static FleetTransport Of(RabbitMqTransport transport)
        => new(transport.WhenIdleAsync, () => transport.DeliveredCount, () => transport.DeadLetteredCount, () => 0, () => transport.DeadLetters);
}
