using System;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace Contracts.PostgreSql;

/// <summary>
/// The transactional outbox of one service: messages published inside an <see cref="OutboxScope"/> are written into
/// the outbox table in the caller's transaction, and the relay (a hosted service) publishes the committed ones through
/// the configured transport. Resolve it from dependency injection after <c>UsePostgreSqlOutbox(...)</c>.
/// </summary>
/// <example>
/// <code>
/// await outbox.ExecuteAsync(async (transaction, ct) =>
/// {
///     await SaveOrderAsync(order, transaction, ct);
///     await publisher.PublishAsync(placed, ct);   // written into the outbox, in the same transaction
/// }, cancellationToken);                          // committed together; the relay publishes after the commit
/// </code>
/// </example>
public sealed class PostgreSqlOutbox
{
    private readonly RelaySignal _signal = new();

    internal PostgreSqlOutbox(OutboxDatabase database)
    {
        Database = database;
        Relay = new OutboxRelayStatistics();
    }

    /// <summary>The PostgreSQL schema of the outbox and inbox tables.</summary>
    public string Schema => Database.Sql.Schema;

    /// <summary>What this process's relay has done so far; read it for health checks and metrics.</summary>
    public OutboxRelayStatistics Relay { get; }

    internal OutboxDatabase Database { get; }

    internal RelaySignal Signal => _signal;

    /// <summary>
    /// Makes <paramref name="transaction"/> the current unit of work: until the returned scope is disposed, messages
    /// published on this async flow are written into the outbox in that transaction. Commit or roll back the
    /// transaction as usual; the messages share its fate. The transaction must belong to the outbox's database.
    /// </summary>
    /// <exception cref="InvalidOperationException">The transaction is already committed or rolled back.</exception>
    public OutboxScope Enlist(NpgsqlTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (transaction.Connection is null)
        {
            throw new InvalidOperationException("The transaction was already committed or rolled back; enlist an open one.");
        }

        return new OutboxScope(this, transaction);
    }

    /// <summary>
    /// Opens a connection, begins a transaction, runs <paramref name="work"/> inside an <see cref="OutboxScope"/> of it
    /// and commits. When <paramref name="work"/> throws, the transaction is rolled back and no message is published.
    /// </summary>
    public Task ExecuteAsync(Func<NpgsqlTransaction, CancellationToken, Task> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return ExecuteAsync<bool>(async (transaction, token) =>
        {
            await work(transaction, token).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    /// <summary>As <see cref="ExecuteAsync(Func{NpgsqlTransaction, CancellationToken, Task}, CancellationToken)"/>, returning what <paramref name="work"/> returns.</summary>
    public async Task<T> ExecuteAsync<T>(Func<NpgsqlTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await Database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        T result;
        using (Enlist(transaction))
        {
            // Disposing the transaction without a commit rolls it back, so a throw here discards the messages too.
            result = await work(transaction, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    /// <summary>
    /// How many messages wait in the outbox (committed, not yet published), how many the transport rejected for good,
    /// and since when the oldest has been waiting. Rows wait while the transport is down; nothing is dropped.
    /// </summary>
    public async Task<OutboxDepth> GetDepthAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(Database.Sql.Depth, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new OutboxDepth(
            reader.GetInt64(0),
            reader.GetInt64(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2));
    }

    /// <summary>Tells this process's relay that rows may be waiting, so it looks now instead of at its next poll.</summary>
    internal void WakeRelay() => _signal.Set();
}
