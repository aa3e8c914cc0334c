using Xunit.Abstractions;

namespace Contracts.RabbitMQ.Tests;

/// <summary>
/// A message that kills the consumer's process (not an exception: the process dies, so it never settles the delivery)
/// is counted by the broker's redeliveries on both queue types, and dead-lettered with the reason after the limit
/// instead of crashing every instance forever; the messages around it are processed.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class CrashingConsumerTests(ITestOutputHelper output)
{
    private const int MaxRetries = 2;
    private const int Jobs = 20;
    private const int Poison = 11;

    [SkippableTheory]
    [InlineData(RabbitMqQueueType.Quorum)]
    [InlineData(RabbitMqQueueType.Classic)]
    public async Task A_message_that_kills_its_consumer_is_dead_lettered_after_the_limit_and_the_rest_are_processed(RabbitMqQueueType queueType)
    {
        await using var scope = await Scope.CreateAsync();
        var queue = scope.Prefix + ChildService.Endpoint;
        foreach (var owned in new[] { queue, queue + ".dead-letter", queue + ".retry-200ms" })
        {
            scope.Owns(owned);
        }

        await using var child = new ChildService(Broker.Single.ConnectionString, scope.Exchange, scope.Prefix, queueType.ToString(), MaxRetries.ToString());
        child.Start();
        await Eventually.TrueAsync(() => child.Ready, "the child service to subscribe", TimeSpan.FromMinutes(1));

        await using var transport = new RabbitMqTransport(Options(scope));
        var publisher = new TestPublisher(new MessageSender(transport));
        for (var n = 1; n <= Jobs; n++)
        {
            await publisher.PublishAsync(new CrashJob(n, Crash: n == Poison), new PublishOptions { MessageId = "job-" + n });
        }

        bool Handled(int n) => child.Lines.Contains("handled " + n);
        await Eventually.TrueAsync(
            async () => Enumerable.Range(1, Jobs).All(n => n == Poison || Handled(n)) && await scope.CountAsync(queue + ".dead-letter") == 1,
            "the other jobs handled and the poison dead-lettered", TimeSpan.FromMinutes(2));
        var dead = Assert.Single(await scope.DrainAsync(queue + ".dead-letter"));
        output.WriteLine($"{queueType}: child exits {string.Join(", ", child.ExitCodes)}; reason: {PoisonMessageTests.Header(dead, EnvelopeHeaders.DeadLetterReason)}");

        Assert.Equal("job-" + Poison, dead.BasicProperties.MessageId);
        Assert.Equal(
            $"delivered {MaxRetries + 1} times without success, the last time without being settled: the consumer's process died or lost its connection while handling it",
            PoisonMessageTests.Header(dead, EnvelopeHeaders.DeadLetterReason));
        Assert.Equal(ChildService.Endpoint, PoisonMessageTests.Header(dead, RabbitMqHeaders.DeadLetterEndpoint));
        // The poison killed the process on each allowed delivery (exit 137: SIGKILL), and never again after that.
        Assert.Equal(Enumerable.Repeat(137, MaxRetries + 1), child.ExitCodes);
        Assert.Equal(
            Enumerable.Range(0, MaxRetries + 1).Select(d => $"crashing on {Poison} (delivery {d})"),
            child.Lines.Where(l => l.StartsWith("crashing", StringComparison.Ordinal)));
        Assert.DoesNotContain(child.Lines, l => l == "handled " + Poison);
    }

    private static RabbitMqOptions Options(Scope scope)
    {
        var options = new RabbitMqOptions();
        scope.Apply(options);
        return options;
    }
}
