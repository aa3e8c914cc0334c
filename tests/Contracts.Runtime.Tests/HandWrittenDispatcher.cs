using Contracts.Hosting;
using Contracts.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Contracts.Runtime.Tests;

// Stands in for the dispatcher the generator will emit: a switch over name and version, deserialize, call the consumer
// resolved from the message's scope. Written by hand so the hosting runtime is tested without the generator.
internal sealed class HandWrittenDispatcher : IMessageDispatcher
{
    /// <summary>Subscribed, but no consumer handles it: dispatch must report it as unknown.</summary>
    public static readonly MessageKey Unhandled = new("tests.order-placed", 2);

    public Subscription Subscription { get; } = new("orders-service", [TestOrder.Key, Unhandled]);

    public ValueTask DispatchAsync(TransportMessage message, MessageContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (context.Key == TestOrder.Key)
        {
            var order = ContractSerializer.Deserialize<TestOrder>(message.Body.Span);
            return services.GetRequiredService<RecordingConsumer>().ConsumeAsync(order, context, cancellationToken);
        }

        throw new UnknownMessageException(context.Key);
    }
}

/// <summary>What consumers saw, shared across scopes.</summary>
internal sealed class Observations
{
    public System.Collections.Concurrent.ConcurrentQueue<(TestOrder Order, MessageContext Context, ScopeProbe Scope)> Consumed { get; } = new();

    /// <summary>How many deliveries of each message id to fail before one succeeds.</summary>
    public int FailuresPerMessage { get; set; }
}

/// <summary>A scoped dependency: a new one per message, disposed when the message's scope ends.</summary>
internal sealed class ScopeProbe : IAsyncDisposable
{
    public bool Disposed { get; private set; }

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }
}

internal sealed class RecordingConsumer(Observations observations, ScopeProbe scope) : IConsumer<TestOrder>
{
    public ValueTask ConsumeAsync(TestOrder message, MessageContext context, CancellationToken cancellationToken)
    {
        observations.Consumed.Enqueue((message, context, scope));
        return context.RedeliveryCount < observations.FailuresPerMessage
            ? throw new InvalidOperationException("inventory unavailable")
            : ValueTask.CompletedTask;
    }
}
