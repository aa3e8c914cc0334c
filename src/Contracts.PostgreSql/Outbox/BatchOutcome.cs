using System;

namespace Contracts.PostgreSql;

/// <summary>What one relay batch did, which decides how long the relay pauses before the next.</summary>
/// <param name="Claimed">Rows the batch claimed.</param>
/// <param name="Full">The batch was full, so more rows may wait now.</param>
/// <param name="Failure">Why the batch stopped early (transport or database unavailable), if it did.</param>
internal readonly record struct BatchOutcome(int Claimed, bool Full, Exception? Failure)
{
    /// <summary>Another relay of the same outbox holds the batch lock.</summary>
    public static BatchOutcome Busy => default;

    public static BatchOutcome Done(int claimed, int batchSize) => new(claimed, claimed >= batchSize, null);

    public static BatchOutcome Failed(Exception failure) => new(0, false, failure);
}
