using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Contracts.PostgreSql;

/// <summary>
/// Runs the relay while the host runs, and purges old inbox ids hourly. Startup first checks (or creates) the schema,
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
            Task.Run(() => PurgeInboxAsync(_stopping.Token), CancellationToken.None));
    }

    /// <summary>Stops the relay; a batch being published ends after the row in flight, and what it published is deleted.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task PurgeInboxAsync(CancellationToken cancellationToken)
    {
        if (outbox.Database.Options.InboxRetention is not { } retention)
        {
            return;
        }

        using var timer = new PeriodicTimer(PurgeInterval);
        do
        {
            try
            {
                var purged = await inbox.PurgeAsync(retention, cancellationToken).ConfigureAwait(false);
                if (purged > 0)
                {
                    Log.InboxPurged(logger, purged, retention, outbox.Schema);
                }
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                Log.InboxPurgeFailed(logger, exception, outbox.Schema);
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
