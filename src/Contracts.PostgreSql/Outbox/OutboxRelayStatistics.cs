using System;
using System.Threading;

namespace Contracts.PostgreSql;

/// <summary>Counters of one process's relay since it started. Thread-safe to read at any time.</summary>
public sealed class OutboxRelayStatistics
{
    private long _published;
    private long _publishFailures;
    private long _rejected;
    private long _batches;
    private int _consecutiveFailures;
    private string? _lastError;

    internal OutboxRelayStatistics()
    {
    }

    /// <summary>Messages this relay published (the transport accepted them) and removed from the outbox.</summary>
    public long PublishedCount => Interlocked.Read(ref _published);

    /// <summary>Attempts that failed because the transport or the database was unavailable; the rows were kept and retried.</summary>
    public long PublishFailureCount => Interlocked.Read(ref _publishFailures);

    /// <summary>Rows marked failed because the transport rejected them as unpublishable (see <see cref="OutboxDepth.Failed"/>).</summary>
    public long RejectedCount => Interlocked.Read(ref _rejected);

    /// <summary>Batches this relay claimed and committed.</summary>
    public long BatchCount => Interlocked.Read(ref _batches);

    /// <summary>Failed attempts since the last success: 0 while all is well; it grows while the broker stays down.</summary>
    public int ConsecutiveFailures => Volatile.Read(ref _consecutiveFailures);

    /// <summary>The last failure's message, kept after recovery for diagnosis; <see langword="null"/> if none happened.</summary>
    public string? LastError => Volatile.Read(ref _lastError);

    internal void Batch(int published)
    {
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _published, published);
    }

    internal void Rejected() => Interlocked.Increment(ref _rejected);

    internal int Failed(Exception exception)
    {
        Volatile.Write(ref _lastError, exception.GetType().Name + ": " + exception.Message);
        Interlocked.Increment(ref _publishFailures);
        return Interlocked.Increment(ref _consecutiveFailures);
    }

    /// <summary>Returns the failure streak that just ended (0 if there was none).</summary>
    internal int Succeeded() => Interlocked.Exchange(ref _consecutiveFailures, 0);
}
