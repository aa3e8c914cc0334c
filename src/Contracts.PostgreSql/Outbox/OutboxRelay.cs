using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Contracts.PostgreSql;

/// <summary>
/// Publishes committed outbox rows through the real transport, oldest first, and deletes them once the transport
/// accepted them (on brokers: the publisher confirm), in one database transaction per batch.
/// </summary>
/// <remarks>
/// <para>Order: a batch holds an advisory lock of its outbox for its whole transaction, so two relays of one service
/// (two instances, say) never publish batches at the same time, and within a batch rows go out one after the other in
/// sequence order. A failed publish ends the batch there, so nothing overtakes the row that failed. Rows are also
/// claimed <c>FOR UPDATE SKIP LOCKED</c>, so no row is ever handed to two relays.</para>
/// <para>Crashes: a relay that dies after the transport accepted a row but before its batch committed leaves the row
/// in the table, and the next batch publishes it again. Delivery is at least once; the message id is unchanged, so
/// an inbox consumer skips the copy.</para>
/// </remarks>
internal sealed class OutboxRelay(OutboxDatabase database, IMessageTransport transport, OutboxRelayStatistics statistics, RelaySignal signal, ILogger logger)
{
    private readonly PostgreSqlOutboxOptions _options = database.Options;
    private readonly OutboxSql _sql = database.Sql;

    /// <summary>Relays until <paramref name="cancellationToken"/> is cancelled; never throws otherwise.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            BatchOutcome outcome;
            try
            {
                outcome = await RelayBatchAsync(cancellationToken).ConfigureAwait(false);
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

    /// <summary>Claims one batch, publishes it in order, deletes what was published and commits.</summary>
    internal async Task<BatchOutcome> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await database.Schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!await ScalarAsync<bool>(transaction, OutboxSql.TryLock, _sql.RelayLockKey, cancellationToken).ConfigureAwait(false))
        {
            return BatchOutcome.Busy;
        }

        var rows = await ClaimAsync(transaction, cancellationToken).ConfigureAwait(false);
        var published = new List<long>(rows.Count);
        Exception? failure = null;
        foreach (var row in rows)
        {
            var (outcome, error) = await PublishAsync(transaction, row, cancellationToken).ConfigureAwait(false);
            if (outcome == RowOutcome.Published)
            {
                published.Add(row.Sequence);
            }
            else if (outcome != RowOutcome.Rejected)
            {
                // Stopping or failed: nothing may overtake this row, so the batch ends here.
                failure = error;
                break;
            }
        }

        // No cancellation from here on: the transport already holds these messages, and forgetting that would send
        // them again after the restart.
        await ExecuteAsync(transaction, _sql.Delete, published.ToArray(), CancellationToken.None).ConfigureAwait(false);
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        statistics.Batch(published.Count);
        return failure is not null ? BatchOutcome.Failed(failure) : BatchOutcome.Done(rows.Count, _options.BatchSize);
    }

    private async Task<(RowOutcome Outcome, Exception? Error)> PublishAsync(NpgsqlTransaction transaction, OutboxRow row, CancellationToken cancellationToken)
    {
        if (!HeadersJson.TryRead(row.Headers, out var headers, out var problem))
        {
            await RejectAsync(transaction, row, "unreadable row: " + problem).ConfigureAwait(false);
            return (RowOutcome.Rejected, null);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.PublishTimeout);
        try
        {
            await transport.PublishAsync(new TransportMessage(headers, row.Body), timeout.Token).ConfigureAwait(false);
            return (RowOutcome.Published, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return (RowOutcome.Stopped, null);
        }
        catch (ArgumentException exception)
        {
            // The transport says this message can never be sent (no route, invalid headers): retrying would block
            // every row behind it forever. It stays in the table, marked, for someone to look at.
            await RejectAsync(transaction, row, exception.Message).ConfigureAwait(false);
            return (RowOutcome.Rejected, null);
        }
        catch (Exception exception)
        {
            var error = exception is OperationCanceledException
                ? new TimeoutException($"The transport did not accept message {row.MessageId} within {_options.PublishTimeout.TotalSeconds:0.#} s.", exception)
                : exception;
            await ExecuteAsync(transaction, _sql.RecordAttempt, row.Sequence, error.Message).ConfigureAwait(false);
            return (RowOutcome.Failed, error);
        }
    }

    private async Task RejectAsync(NpgsqlTransaction transaction, OutboxRow row, string reason)
    {
        await ExecuteAsync(transaction, _sql.MarkFailed, row.Sequence, reason).ConfigureAwait(false);
        statistics.Rejected();
        Log.RowRejected(logger, row.MessageId, row.Sequence, _sql.Outbox, reason);
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

    private async Task<List<OutboxRow>> ClaimAsync(NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(_sql.Claim, transaction.Connection, transaction) { Parameters = { new NpgsqlParameter<int> { TypedValue = _options.BatchSize } } };
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<OutboxRow>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(new OutboxRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<byte[]>(3)));
        }

        return rows;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlTransaction transaction, string sql, long key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, transaction.Connection, transaction) { Parameters = { new NpgsqlParameter<long> { TypedValue = key } } };
        return (T)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static async Task ExecuteAsync(NpgsqlTransaction transaction, string sql, long[] sequences, CancellationToken cancellationToken)
    {
        if (sequences.Length == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(sql, transaction.Connection, transaction) { Parameters = { new NpgsqlParameter<long[]> { TypedValue = sequences } } };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    // Bookkeeping of a failure is part of the batch's transaction, so it never outlives a rollback.
    private static async Task ExecuteAsync(NpgsqlTransaction transaction, string sql, long sequence, string error)
    {
        await using var command = new NpgsqlCommand(sql, transaction.Connection, transaction)
        {
            Parameters = { new NpgsqlParameter<long> { TypedValue = sequence }, new NpgsqlParameter<string> { TypedValue = error } },
        };
        await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
    }

    private sealed record OutboxRow(long Sequence, string MessageId, string Headers, byte[] Body);

    private enum RowOutcome
    {
        Published,
        Rejected,
        Stopped,
        Failed,
    }
}
