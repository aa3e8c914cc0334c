namespace Contracts.Benchmarks.RabbitMQ;

/// <summary>The shape both sides run: the same message count, publisher concurrency, prefetch and broker.</summary>
internal static class Workload
{
    /// <summary>Messages per benchmark operation; results are per message (OperationsPerInvoke).</summary>
    public const int Messages = 2_000;

    /// <summary>Concurrent publishers, each awaiting its confirm before the next publish.</summary>
    public const int Publishers = 16;

    /// <summary>Prefetch of the one consumer (consumer concurrency 1 on both sides).</summary>
    public const ushort Prefetch = 100;

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("CONTRACTS_RABBITMQ") is { Length: > 0 } uri ? uri : "amqp://guest:guest@127.0.0.1:5672/";

    /// <summary>Message <paramref name="n"/> of an operation: the same values on every side.</summary>
    public static OrderPaid Sample(int n)
        => new(Guid.NewGuid(), "customer-" + n, 42.50m + n, "EUR", new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero).AddSeconds(n));

    /// <summary>Runs <paramref name="publish"/> for message 0..Messages-1 on <see cref="Publishers"/> concurrent loops.</summary>
    public static Task PublishAllAsync(Func<int, Task> publish)
    {
        var next = -1;
        return Task.WhenAll(Enumerable.Range(0, Publishers).Select(_ => Task.Run(async () =>
        {
            for (var n = Interlocked.Increment(ref next); n < Messages; n = Interlocked.Increment(ref next))
            {
                await publish(n);
            }
        })));
    }
}
