using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Contracts.PostgreSql;

/// <summary>
/// One relay batch, in one database transaction: claim the oldest committed rows, publish them through the real
/// transport in sequence order, delete the ones the transport accepted (on brokers: confirmed), commit.
/// </summary>
/// <remarks>
/// <para>Order: the batch holds an advisory lock of its outbox for its whole transaction, so two relays of one service
/// (two instances, say) never publish batches at the same time. Within a batch, publishes start in sequence order,
/// <see cref="PostgreSqlOutboxOptions.MaxInFlight"/> at a time, so a transport that keeps the order of its publishes
/// (one RabbitMQ channel, the in-memory queues) delivers them in commit order. A failed publish ends the batch after
/// its window. Rows are also claimed <c>FOR UPDATE SKIP LOCKED</c>, so no row is ever handed to two relays.</para>
/// <para>Crashes: a relay that dies after the transport accepted a row but before its batch committed leaves the row
/// in the table, and the next batch publishes it again. Delivery is at least once; the message id is unchanged, so
/// an inbox consumer skips the copy.</para>
/// </remarks>
internal sealed class RelayBatch(OutboxDatabase database, IMessageTransport transport, OutboxRelayStatistics statistics, ILogger logger)
{
    private readonly PostgreSqlOutboxOptions _options = database.Options;
    private readonly OutboxSql _sql = database.Sql;

    private enum RowOutcome
    {
        Published,
        Rejected,
        Stopped,
        Failed,
    }

    public async Task<BatchOutcome> RunAsync(CancellationToken cancellationToken)
    {
        await database.Schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!await TryLockAsync(transaction, cancellationToken).ConfigureAwait(false))
        {
            return BatchOutcome.Busy;
        }

        var rows = await ClaimAsync(transaction, cancellationToken).ConfigureAwait(false);
        var published = new List<long>(rows.Count);
        Exception? failure = null;
        var stopped = false;
        for (var start = 0; start < rows.Count && failure is null && !stopped; start += _options.MaxInFlight)
        {
            var window = rows.GetRange(start, Math.Min(_options.MaxInFlight, rows.Count - start));
            var results = await Task.WhenAll(window.ConvertAll(row => SendAsync(row, cancellationToken))).ConfigureAwait(false);

            // The bookkeeping runs after the window: a connection runs one command at a time.
            for (var i = 0; i < window.Count; i++)
            {
                var (outcome, error) = results[i];
                switch (outcome)
                {
                    case RowOutcome.Published:
                        published.Add(window[i].Sequence);
                        break;
                    case RowOutcome.Rejected:
                        await RejectAsync(transaction, window[i], error!.Message).ConfigureAwait(false);
                        break;
                    case RowOutcome.Failed when failure is null:
                        failure = error;
                        await ExecuteAsync(transaction, _sql.RecordAttempt, window[i].Sequence, error!.Message).ConfigureAwait(false);
                        break;
                    case RowOutcome.Stopped:
                        stopped = true;
                        break;
                }
            }
        }

        // No cancellation from here on: the transport already holds these messages, and forgetting that would send
        // them again after the restart.
        await DeleteAsync(transaction, published.ToArray()).ConfigureAwait(false);
        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        statistics.Batch(published.Count);
        return failure is not null ? BatchOutcome.Failed(failure) : BatchOutcome.Done(rows.Count, _options.BatchSize);
    }

    // Only the transport: what it means for the row is written afterwards, in order.
    private async Task<(RowOutcome Outcome, Exception? Error)> SendAsync(OutboxRow row, CancellationToken cancellationToken)
    {
        if (!HeadersJson.TryRead(row.Headers, out var headers, out var problem))
        {
            return (RowOutcome.Rejected, new FormatException("unreadable row: " + problem));
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
            return (RowOutcome.Rejected, exception);
        }
        catch (OperationCanceledException exception)
        {
            return (RowOutcome.Failed, new TimeoutException(
                $"The transport did not accept message {row.MessageId} within {_options.PublishTimeout.TotalSeconds:0.#} s.", exception));
        }
        catch (Exception exception)
        {
            return (RowOutcome.Failed, exception);
        }
    }

    private async Task RejectAsync(NpgsqlTransaction transaction, OutboxRow row, string reason)
    {
        await ExecuteAsync(transaction, _sql.MarkFailed, row.Sequence, reason).ConfigureAwait(false);
        statistics.Rejected();
        Log.RowRejected(logger, row.MessageId, row.Sequence, _sql.Outbox, reason);
    }

    private async Task<bool> TryLockAsync(NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(OutboxSql.TryLock, transaction.Connection, transaction) { Parameters = { new NpgsqlParameter<long> { TypedValue = _sql.RelayLockKey } } };
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
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

    private async Task DeleteAsync(NpgsqlTransaction transaction, long[] sequences)
    {
        if (sequences.Length == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(_sql.Delete, transaction.Connection, transaction) { Parameters = { new NpgsqlParameter<long[]> { TypedValue = sequences } } };
        await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
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
}
