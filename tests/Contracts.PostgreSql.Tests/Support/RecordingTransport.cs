using System.Collections.Concurrent;

namespace Contracts.PostgreSql.Tests;

/// <summary>
/// The in-memory transport with a tally of every publish by message id, shared by the hosts of a test: what the
/// two-relay test counts to show that no row was published twice.
/// </summary>
internal sealed class RecordingTransport(InMemoryTransport inner, ConcurrentDictionary<string, int> published) : IMessageTransport
{
    public async ValueTask PublishAsync(TransportMessage message, CancellationToken cancellationToken)
    {
        await inner.PublishAsync(message, cancellationToken);
        published.AddOrUpdate(message.Headers[EnvelopeHeaders.MessageId], 1, (_, n) => n + 1);
    }

    public ValueTask<IAsyncDisposable> SubscribeAsync(Subscription subscription, TransportMessageHandler handler, CancellationToken cancellationToken)
        => inner.SubscribeAsync(subscription, handler, cancellationToken);
}
