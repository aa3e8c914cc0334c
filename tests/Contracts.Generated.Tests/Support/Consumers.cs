namespace Contracts.Generated.Tests;

/// <summary>
/// Records every delivery in the <see cref="Inbox"/> under the consumer's type name. Consumers derive from it, as users
/// share a base consumer: the generator must register the derived classes, never this abstract one.
/// </summary>
public abstract class RecordingConsumer<TMessage>(Inbox inbox) : IConsumer<TMessage>
    where TMessage : notnull
{
    public virtual ValueTask ConsumeAsync(TMessage message, MessageContext context, CancellationToken cancellationToken)
    {
        inbox.Add(GetType().Name, message, context);
        return ValueTask.CompletedTask;
    }
}

/// <summary>First of two consumers of <see cref="OrderPlaced"/>.</summary>
public sealed class ReserveStock(Inbox inbox) : RecordingConsumer<OrderPlaced>(inbox);

/// <summary>Second of two consumers of <see cref="OrderPlaced"/>.</summary>
public sealed class SendConfirmation(Inbox inbox) : RecordingConsumer<OrderPlaced>(inbox);

/// <summary>Consumes version 1 of catalog.price-changed only.</summary>
public sealed class ApplyPriceV1(Inbox inbox) : RecordingConsumer<PriceChangedV1>(inbox);

/// <summary>Consumes version 2 of catalog.price-changed only.</summary>
public sealed class ApplyPriceV2(Inbox inbox) : RecordingConsumer<PriceChangedV2>(inbox);

/// <summary>Throws until the message has been redelivered <see cref="FlakyJob.FailTimes"/> times.</summary>
public sealed class RunFlakyJob(Inbox inbox) : RecordingConsumer<FlakyJob>(inbox)
{
    public override async ValueTask ConsumeAsync(FlakyJob message, MessageContext context, CancellationToken cancellationToken)
    {
        await base.ConsumeAsync(message, context, cancellationToken);
        if (context.RedeliveryCount < message.FailTimes)
        {
            throw new InvalidOperationException($"job {message.JobId} failed on delivery {context.RedeliveryCount}");
        }
    }
}
