using System.Collections.Concurrent;

namespace Contracts.RabbitMQ.Tests;

/// <summary>What one consumer received: the record and its context.</summary>
public sealed record Received(object Message, MessageContext Context);

/// <summary>Everything the consumers of one host received; a singleton per host, so two hosts can be told apart.</summary>
public sealed class Inbox
{
    private readonly ConcurrentQueue<Received> _received = new();
    private readonly ConcurrentDictionary<int, int> _started = new();
    private readonly ConcurrentDictionary<int, int> _ticks = new();

    public void Add(object message, MessageContext context)
    {
        _received.Enqueue(new(message, context));
        if (message is Tick tick)
        {
            _ticks.AddOrUpdate(tick.Number, 1, (_, n) => n + 1);
        }
    }

    public void Started(int tick) => _started.AddOrUpdate(tick, 1, (_, n) => n + 1);

    public IReadOnlyList<Received> All => _received.ToArray();

    /// <summary>How many times each tick number was handled to the end.</summary>
    public IReadOnlyDictionary<int, int> Ticks => _ticks;

    /// <summary>How many times each tick number's handler started.</summary>
    public IReadOnlyDictionary<int, int> StartedTicks => _started;
}
