using Contracts;
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

    // A broker drops unroutable messages without telling the publisher, so there is no unrouted count to show.
    public static FleetTransport Of(RabbitMqTransport transport)
        => new(transport.WhenIdleAsync, () => transport.DeliveredCount, () => transport.DeadLetteredCount, () => 0, () => transport.DeadLetters);
}
