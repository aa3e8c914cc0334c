using System.Collections.Concurrent;

namespace Contracts.Generated.Tests;

/// <summary>What one consumer received: which consumer, the record and its context.</summary>
public sealed record Received(string Consumer, object Message, MessageContext Context);

/// <summary>Shared by the consumers of one host (a singleton per test), so tests see every delivery.</summary>
public sealed class Inbox
{
    private readonly ConcurrentQueue<Received> _received = new();

    public void Add(string consumer, object message, MessageContext context) => _received.Enqueue(new(consumer, message, context));

    public IReadOnlyList<Received> Of(string consumer) => _received.Where(r => r.Consumer == consumer).ToArray();

    public IReadOnlyList<Received> All => _received.ToArray();
}
