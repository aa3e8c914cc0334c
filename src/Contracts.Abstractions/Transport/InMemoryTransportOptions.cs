using System;

namespace Contracts;

/// <summary>Settings of <see cref="InMemoryTransport"/>. The transport copies them when it is created.</summary>
public sealed class InMemoryTransportOptions
{
    /// <summary>
    /// How many messages each endpoint's queue holds before <see cref="IMessageTransport.PublishAsync"/> waits for room
    /// (default 1024). Publishers are slowed down rather than messages dropped.
    /// </summary>
    public int ChannelCapacity { get; set; } = 1024;

    /// <summary>How many messages each endpoint handles at once (default 1, which keeps publish order).</summary>
    public int MaxConcurrency { get; set; } = 1;

    /// <summary>How many times a failing message is redelivered before it is dead-lettered (default 3).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>
    /// The pause before each redelivery (default zero, so tests and samples run at full speed). Set a few hundred
    /// milliseconds to give a briefly failing dependency time to recover, as a broker's retry delay would.
    /// </summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.Zero;

    /// <summary>Throws when a setting is out of range; the transport calls this so mistakes fail at startup.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(ChannelCapacity, 1, nameof(ChannelCapacity));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrency, 1, nameof(MaxConcurrency));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries, nameof(MaxRetries));
        ArgumentOutOfRangeException.ThrowIfLessThan(RetryDelay, TimeSpan.Zero, nameof(RetryDelay));
    }
}
