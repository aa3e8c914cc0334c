using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Contracts.PostgreSql;

/// <summary>
/// Runs the relay while the host runs, samples the outbox's depth for its gauges, and purges old inbox ids hourly. Startup first checks (or creates) the schema,
/// so a missing table or a wrong version stops the host with a <see cref="PostgreSqlOutboxSchemaException"/>.
/// </summary>
internal sealed class OutboxRelayService(PostgreSqlOutbox outbox, PostgreSqlInbox inbox, IMessageTransport transport, ILogger logger) : IHostedService
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);

    private readonly CancellationTokenSource _stopping = new();
    private Task _running = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await outbox.Database.Schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var relay = new OutboxRelay(outbox.Database, transport, outbox.Relay, outbox.Signal, logger);
        _running = Task.WhenAll(
            Task.Run(() => relay.RunAsync(_stopping.Token), CancellationToken.None),
            Task.Run(() => PurgeInboxAsync(_stopping.Token), CancellationToken.None),
            Task.Run(() => SampleDepthAsync(_stopping.Token), CancellationToken.None));
    }

    /// <summary>Stops the relay; a batch being published ends after the row in flight, and what it published is deleted.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task PurgeInboxAsync(CancellationToken cancellationToken)
    {
        if (outbox.Database.Options.InboxRetention is not { } retention)
        {
            return Task.CompletedTask;
        }

        return RepeatAsync(
            PurgeInterval,
            async token =>
            {
                var purged = await inbox.PurgeAsync(retention, token).ConfigureAwait(false);
                if (purged > 0)
                {
                    Log.InboxPurged(logger, purged, retention, outbox.Schema);
                }
            },
            exception => Log.InboxPurgeFailed(logger, exception, outbox.Schema),
            cancellationToken);
    }

    private async Task SampleDepthAsync(CancellationToken cancellationToken)
    {
        if (outbox.Database.Options.DepthSampleInterval is not { } interval)
        {
            return;
        }

        // The gauges keep the last sample when one fails; the relay's own failures are logged where they happen.
        using var sample = OutboxMetrics.Track(outbox.Schema);
        await RepeatAsync(
            interval,
            async token => sample.Record(await outbox.GetDepthAsync(token).ConfigureAwait(false)),
            exception => Log.DepthSampleFailed(logger, exception, outbox.Schema),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="work"/> now and then every <paramref name="interval"/> until stopped; a failure is logged and the next tick tries again.</summary>
    private static async Task RepeatAsync(TimeSpan interval, Func<CancellationToken, Task> work, Action<Exception> failed, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await work(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                failed(exception);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        while (await WaitAsync(timer, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
