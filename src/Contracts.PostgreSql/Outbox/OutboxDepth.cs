using System;

namespace Contracts.PostgreSql;

/// <summary>What the outbox table holds now.</summary>
/// <param name="Waiting">Committed messages not yet published; they go out when the transport accepts them.</param>
/// <param name="Failed">Messages the transport rejected as unpublishable; kept in the table with their error, not retried.</param>
/// <param name="OldestWaitingSince">When the oldest waiting message was written, or <see langword="null"/> when none waits.</param>
public readonly record struct OutboxDepth(long Waiting, long Failed, DateTimeOffset? OldestWaitingSince);
