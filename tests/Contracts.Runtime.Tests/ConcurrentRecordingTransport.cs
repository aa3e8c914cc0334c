using System.Collections.Concurrent;

namespace Contracts.Runtime.Tests;

/// <summary>Records only the message ids, from any number of threads.</summary>
internal sealed class ConcurrentRecordingTransport : IMessageTransport
{
    public ConcurrentQueue<string> Ids { get; } = new();

    public ValueTask PublishAsync(TransportMessage message, CancellationToken cancellationToken)
    {
        Ids.Enqueue(message.Id());
        return ValueTask.CompletedTask;
    }

    public ValueTask<IAsyncDisposable> SubscribeAsync(Subscription subscription, TransportMessageHandler handler, CancellationToken cancellationToken)
        => throw new NotSupportedException("This transport only publishes.");
}
