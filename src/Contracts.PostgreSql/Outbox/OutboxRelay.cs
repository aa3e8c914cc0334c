using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Contracts.PostgreSql;

/// <summary>
/// Relays batch after batch (<see cref="RelayBatch"/>) while rows wait, then waits for a local commit or the next poll;
/// while the transport or the database fails it backs off, and the rows wait in the table.
/// </summary>
internal sealed class OutboxRelay(OutboxDatabase database, IMessageTransport transport, OutboxRelayStatistics statistics, RelaySignal signal, ILogger logger)
{
    private readonly PostgreSqlOutboxOptions _options = database.Options;
    private readonly OutboxSql _sql = database.Sql;
    private readonly RelayBatch _batch = new(database, transport, statistics, logger);

    /// <summary>Relays until <paramref name="cancellationToken"/> is cancelled; never throws otherwise.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            BatchOutcome outcome;
            try
            {
                outcome = await _batch.RunAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database (or the schema) is unavailable: every row stays where it is.
                outcome = BatchOutcome.Failed(exception);
            }

            await PauseAsync(outcome, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PauseAsync(BatchOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Failure is { } failure)
        {
            var streak = statistics.Failed(failure);
            Log.RelayFailed(logger, failure, _sql.Outbox, streak);
            await DelayAsync(RetryDelay(streak), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (statistics.Succeeded() is > 0 and var ended)
        {
            Log.RelayRecovered(logger, _sql.Outbox, ended);
        }

        // A full batch means more rows may wait right now; otherwise wait for a local commit or the next poll.
        if (!outcome.Full)
        {
            await signal.WaitAsync(_options.PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    // Quick at first (a broker restart takes seconds), doubling up to MaxRetryDelay while the outage lasts.
    private TimeSpan RetryDelay(int streak)
        => TimeSpan.FromMilliseconds(Math.Min(_options.MaxRetryDelay.TotalMilliseconds, 100 * Math.Pow(2, Math.Min(streak - 1, 20))));

    private static async Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
