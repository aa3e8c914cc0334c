using System.Diagnostics.Metrics;
using Contracts.Diagnostics;
using RabbitMQ.Client.Exceptions;

namespace Contracts.RabbitMQ.Tests;

/// <summary>
/// Concurrent publishes pipeline their confirms — many wait for the broker at once — and each still completes only
/// when the broker confirmed its own message: a message the broker refuses fails its publish.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class ConcurrentPublishTests
{
    private const int MessageCount = 1_000;
    private const int Window = 64;

    [SkippableFact]
    public async Task A_thousand_concurrent_publishes_are_confirmed_pipelined_within_the_window_and_all_arrive()
    {
        await using var scope = await Scope.CreateAsync();
        await using var host = await BrokerHost.StartAsync(scope, o => o.MaxOutstandingConfirms = Window);
        using var pending = new PendingConfirms();

        await Task.WhenAll(Enumerable.Range(1, MessageCount).Select(n => host.Publisher.PublishAsync(new Tick(n)).AsTask()));

        // Awaited one at a time, at most one confirm would ever be pending.
        Assert.InRange(pending.Max, 2, Window);
        Assert.Equal(0, pending.Now);
        Assert.Equal(MessageCount, host.Transport.PublishedCount);
        await Eventually.TrueAsync(() => host.Inbox.Ticks.Count == MessageCount, "every tick to arrive");
    }

    [SkippableFact]
    public async Task A_publish_the_broker_refuses_fails_while_the_ones_it_stored_complete()
    {
        await using var scope = await Scope.CreateAsync();
        await using var host = await BrokerHost.StartAsync(scope, o => o.PublishTimeout = TimeSpan.FromSeconds(1));

        // A second queue on the same binding that takes 5 messages and refuses the rest: the broker nacks those.
        var full = scope.Prefix + "full";
        scope.Owns(full);
        await scope.Admin.RunAsync(async channel =>
        {
            await channel.QueueDeclareAsync(full, durable: true, exclusive: false, autoDelete: false, new Dictionary<string, object?> { ["x-max-length"] = 5, ["x-overflow"] = "reject-publish" });
            await channel.QueueBindAsync(full, scope.Exchange, "tests.tick.v1");
        });

        for (var n = 1; n <= 5; n++)
        {
            await host.Publisher.PublishAsync(new Tick(n));
        }

        var refused = await Task.WhenAll(Enumerable.Range(6, 3).Select(n => Record.ExceptionAsync(() => host.Publisher.PublishAsync(new Tick(n)).AsTask())));
        Assert.All(refused, e => Assert.IsType<PublishException>(e));
        Assert.Equal(5, host.Transport.PublishedCount);
    }

    /// <summary>Follows contracts.messaging.publish.pending: how many confirms are awaited now, and the most at once.</summary>
    private sealed class PendingConfirms : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _now;
        private long _max;

        public PendingConfirms()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ContractsTelemetry.SourceName && instrument.Name == MessagingMetrics.ConfirmsPendingName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, change, _, _) =>
            {
                var now = Interlocked.Add(ref _now, change);
                long max;
                while (now > (max = Interlocked.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, max) != max)
                {
                }
            });
            _listener.Start();
        }

        public long Now => Interlocked.Read(ref _now);

        public long Max => Interlocked.Read(ref _max);

        public void Dispose() => _listener.Dispose();
    }
}
