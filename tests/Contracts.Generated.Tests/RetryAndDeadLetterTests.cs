namespace Contracts.Generated.Tests;

/// <summary>A consumer that throws is redelivered with a growing redelivery count, then dead-lettered with the reason.</summary>
public sealed class RetryAndDeadLetterTests
{
    [Fact]
    public async Task A_consumer_that_fails_twice_succeeds_on_the_third_delivery()
    {
        await using var host = await TestHost.StartAsync(maxRetries: 3);

        await host.Publisher.PublishAsync(new FlakyJob("job-1", FailTimes: 2)).Safe();
        await host.IdleAsync();

        var deliveries = host.Inbox.Of(nameof(RunFlakyJob));
        Assert.Equal([0, 1, 2], deliveries.Select(d => d.Context.RedeliveryCount));
        Assert.All(deliveries, d => Assert.Equal(new FlakyJob("job-1", 2), d.Message));
        Assert.Equal(1, host.Transport.DeliveredCount);
        Assert.Empty(host.Transport.DeadLetters);
    }

    [Fact]
    public async Task A_consumer_that_keeps_failing_is_dead_lettered_after_the_retries_with_the_reason()
    {
        await using var host = await TestHost.StartAsync(maxRetries: 3);

        await host.Publisher.PublishAsync(new FlakyJob("job-2", FailTimes: int.MaxValue), new PublishOptions { MessageId = "j-2" }).Safe();
        await host.Publisher.PublishAsync(new FlakyJob("job-3", FailTimes: 0)).Safe();
        await host.IdleAsync();

        Assert.Equal([0, 1, 2, 3], host.Inbox.Of(nameof(RunFlakyJob)).Where(d => d.Context.MessageId == "j-2").Select(d => d.Context.RedeliveryCount));
        var dead = Assert.Single(host.Transport.DeadLetters);
        Assert.Equal("Contracts.Generated.Tests", dead.Endpoint);
        Assert.Equal("j-2", dead.Message.Headers[EnvelopeHeaders.MessageId]);
        Assert.Equal("failed 4 deliveries: job job-2 failed on delivery 3", dead.Reason);
        Assert.Equal(dead.Reason, dead.Message.Headers[EnvelopeHeaders.DeadLetterReason]);
        Assert.IsType<InvalidOperationException>(dead.Exception);
        Assert.Equal(new FlakyJob("job-2", int.MaxValue), Json.Read<FlakyJob>(System.Text.Encoding.UTF8.GetString(dead.Message.Body.Span)));

        // The message after the failing one was still handled.
        Assert.Contains(host.Inbox.Of(nameof(RunFlakyJob)), d => ((FlakyJob)d.Message).JobId == "job-3");
        Assert.Equal(1, host.Transport.DeliveredCount);
        Assert.Equal(1, host.Transport.DeadLetteredCount);
    }
}
