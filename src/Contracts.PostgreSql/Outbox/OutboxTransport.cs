using System;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts.PostgreSql;

/// <summary>
/// The transport the message sender publishes through once the outbox is on: inside a scope of this outbox a publish
/// becomes a row in the scope's transaction; outside one it goes to the real transport, unless
/// <see cref="PostgreSqlOutboxOptions.RequireScope"/> forbids that. Subscriptions are the real transport's.
/// </summary>
/// <remarks>
/// A scope of another outbox (another service hosted in the same process) is not this outbox's business: its
/// messages belong to that service's tables, so it is treated as no scope at all.
/// </remarks>
internal sealed class OutboxTransport(IMessageTransport inner, PostgreSqlOutbox outbox) : IMessageTransport
{
    public ValueTask PublishAsync(TransportMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (OutboxScope.Current is { } scope && ReferenceEquals(scope.Outbox, outbox))
        {
            return scope.WriteAsync(message, cancellationToken);
        }

        return outbox.Database.Options.RequireScope
            ? ValueTask.FromException(new InvalidOperationException(
                "This service publishes only through its outbox (RequireScope is on), and no outbox scope is current: "
                + "publish inside PostgreSqlOutbox.ExecuteAsync or a scope from PostgreSqlOutbox.Enlist(transaction)."))
            : inner.PublishAsync(message, cancellationToken);
    }

    // Spans and metrics name the transport the relay publishes through, not the outbox.
    public string MessagingSystem => inner.MessagingSystem;

    public ValueTask<IAsyncDisposable> SubscribeAsync(Subscription subscription, TransportMessageHandler handler, CancellationToken cancellationToken)
        => inner.SubscribeAsync(subscription, handler, cancellationToken);
}
