namespace Contracts.RabbitMQ.Tests;

/// <summary>Records each <see cref="OrderPlaced"/> in the host's inbox.</summary>
public sealed class RecordOrder(Inbox inbox) : IConsumer<OrderPlaced>
{
    public ValueTask ConsumeAsync(OrderPlaced message, MessageContext context, CancellationToken cancellationToken)
    {
        inbox.Add(message, context);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Throws until the message has been redelivered <see cref="FlakyJob.FailTimes"/> times.</summary>
public sealed class RunFlakyJob(Inbox inbox) : IConsumer<FlakyJob>
{
    public ValueTask ConsumeAsync(FlakyJob message, MessageContext context, CancellationToken cancellationToken)
    {
        inbox.Add(message, context);
        return context.RedeliveryCount < message.FailTimes
            ? throw new InvalidOperationException($"job {message.JobId} failed on delivery {context.RedeliveryCount}")
            : ValueTask.CompletedTask;
    }
}

/// <summary>Records when a <see cref="Tick"/> starts and, after its work, when it finishes.</summary>
public sealed class CountTick(Inbox inbox) : IConsumer<Tick>
{
    public async ValueTask ConsumeAsync(Tick message, MessageContext context, CancellationToken cancellationToken)
    {
        inbox.Started(message.Number);
        if (message.WorkMilliseconds > 0)
        {
            await Task.Delay(message.WorkMilliseconds, CancellationToken.None);
        }

        inbox.Add(message, context);
    }
}
