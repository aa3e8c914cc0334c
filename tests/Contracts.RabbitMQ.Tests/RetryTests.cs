using System.Diagnostics;

namespace Contracts.RabbitMQ.Tests;

/// <summary>A consumer that throws is redelivered through the retry queue after the delay, then dead-lettered.</summary>
[Collection(BrokerCollection.Name)]
public sealed class RetryTests
{
    [SkippableFact]
    public async Task A_consumer_that_fails_twice_succeeds_on_the_third_delivery_after_the_delays()
    {
        await using var scope = await Scope.CreateAsync();
        await using var host = await BrokerHost.StartAsync(scope, o => o.MaxRetries = 3);

        var clock = Stopwatch.StartNew();
        await host.Publisher.PublishAsync(new FlakyJob("job-1", FailTimes: 2));

        await Eventually.TrueAsync(() => host.Transport.DeliveredCount == 1, "the third delivery to succeed");
        Assert.Equal([0, 1, 2], host.Inbox.All.Select(r => r.Context.RedeliveryCount));
        Assert.All(host.Inbox.All, r => Assert.Equal(new FlakyJob("job-1", 2), r.Message));
        Assert.Single(host.Inbox.All.Select(r => r.Context.MessageId).Distinct());
        // Two waits of RetryDelay (200 ms) in the retry queue: a lower bound only, never an upper one.
        Assert.True(clock.ElapsedMilliseconds >= 400, $"retried after {clock.ElapsedMilliseconds} ms; expected two 200 ms delays");
        Assert.Equal(2, host.Transport.RetriedCount);
        Assert.Empty(await scope.DrainDeadLettersAsync());
    }

    [SkippableFact]
    public async Task A_consumer_that_keeps_failing_is_dead_lettered_after_the_retries_with_reason_exception_and_headers()
    {
        await using var scope = await Scope.CreateAsync();
        await using var host = await BrokerHost.StartAsync(scope, o => o.MaxRetries = 3);

        await host.Publisher.PublishAsync(new FlakyJob("job-2", FailTimes: int.MaxValue), new PublishOptions { MessageId = "j-2", Headers = new Dictionary<string, string> { ["tenant"] = "acme" } });
        await host.Publisher.PublishAsync(new FlakyJob("job-3", FailTimes: 0));

        await scope.WaitForDeadLettersAsync(1);
        var dead = Assert.Single(await scope.DrainDeadLettersAsync());
        Assert.Equal("failed 4 deliveries: job job-2 failed on delivery 3", PoisonMessageTests.Header(dead, EnvelopeHeaders.DeadLetterReason));
        Assert.Equal("System.InvalidOperationException: job job-2 failed on delivery 3", PoisonMessageTests.Header(dead, EnvelopeHeaders.DeadLetterException));
        Assert.Equal("j-2", PoisonMessageTests.Header(dead, EnvelopeHeaders.MessageId));
        Assert.Equal("acme", PoisonMessageTests.Header(dead, "tenant"));
        Assert.Equal("j-2", dead.BasicProperties.MessageId);

        Assert.Equal([0, 1, 2, 3], host.Inbox.All.Where(r => r.Context.MessageId == "j-2").Select(r => r.Context.RedeliveryCount));
        // The message behind the failing one was not held up by it.
        Assert.Contains(host.Inbox.All, r => r.Message is FlakyJob { JobId: "job-3" });
        Assert.Equal(1, host.Transport.DeliveredCount);
        Assert.Equal(1, host.Transport.DeadLetteredCount);
        Assert.Equal("failed 4 deliveries: job job-2 failed on delivery 3", Assert.Single(host.Transport.DeadLetters).Reason);
    }
}
