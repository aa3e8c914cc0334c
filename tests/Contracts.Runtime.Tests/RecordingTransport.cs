namespace Contracts.Runtime.Tests;

/// <summary>A transport that only remembers what was published, to test what the sender puts on the wire.</summary>
internal sealed class RecordingTransport : IMessageTransport
{
    public List<TransportMessage> Published { get; } = [];

    public ValueTask PublishAsync(TransportMessage message, CancellationToken cancellationToken)
    {
        Published.Add(message);
        return ValueTask.CompletedTask;
    }

    public ValueTask<IAsyncDisposable> SubscribeAsync(Subscription subscription, TransportMessageHandler handler, CancellationToken cancellationToken)
        => throw new NotSupportedException("The recording transport only publishes.");
}
