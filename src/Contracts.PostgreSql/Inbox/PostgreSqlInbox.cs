using System;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace Contracts.PostgreSql;

/// <summary>
/// The idempotent inbox: a consumer that opts in records each message id it handles in its own database transaction,
/// so a redelivered message (at-least-once delivery, a relay that re-sent after a crash) is recognised and skipped.
/// The effect is exactly once as long as everything the consumer changes is in that transaction.
/// </summary>
/// <example>
/// <code>
/// public async ValueTask ConsumeAsync(OrderPlaced message, MessageContext context, CancellationToken ct)
///     => await inbox.HandleOnceAsync(context, "billing.charge-order", async (transaction, ct) =>
///     {
///         await ChargeAsync(message, transaction, ct);     // and any publish here goes into the outbox, same transaction
///     }, ct);
/// </code>
/// </example>
public sealed class PostgreSqlInbox
{
    private readonly OutboxDatabase _database;
    private readonly PostgreSqlOutbox _outbox;
    private long _handled;
    private long _skipped;

    internal PostgreSqlInbox(OutboxDatabase database, PostgreSqlOutbox outbox)
    {
        _database = database;
        _outbox = outbox;
    }

    /// <summary>Messages handled and committed through <see cref="HandleOnceAsync"/> by this process.</summary>
    public long HandledCount => Interlocked.Read(ref _handled);

    /// <summary>Deliveries skipped because their message id was already handled: the duplicates that changed nothing.</summary>
    public long SkippedCount => Interlocked.Read(ref _skipped);

    /// <summary>
    /// Records that <paramref name="consumer"/> handles the message of <paramref name="context"/>, in
    /// <paramref name="transaction"/>. False when it was handled before: then do nothing (roll back, return normally, and
    /// the delivery is acknowledged). If another delivery of the same message is being handled right now, this waits for
    /// that transaction and then answers for its outcome.
    /// </summary>
    /// <param name="transaction">The consumer's own transaction, in the inbox's database.</param>
    /// <param name="context">The delivery; its <see cref="MessageContext.MessageId"/> is recorded.</param>
    /// <param name="consumer">A stable name of the consumer (not its CLR name, which refactorings change): two consumers of one message keep separate records.</param>
    /// <param name="cancellationToken">Cancels the statement.</param>
    public async Task<bool> TryRecordAsync(NpgsqlTransaction transaction, MessageContext context, string consumer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(consumer);
        await _database.Schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(_database.Sql.InboxRecord, transaction.Connection, transaction)
        {
            Parameters = { new NpgsqlParameter<string> { TypedValue = consumer }, new NpgsqlParameter<string> { TypedValue = context.MessageId } },
        };
        var recorded = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        if (!recorded)
        {
            Interlocked.Increment(ref _skipped);
        }

        return recorded;
    }

    /// <summary>
    /// Runs <paramref name="handle"/> once per message id and consumer: opens a transaction, records the id, runs the
    /// handler inside an <see cref="OutboxScope"/> of the same transaction (so what it publishes is committed with it)
    /// and commits. A duplicate is skipped without running the handler. When the handler throws, nothing is recorded,
    /// and the transport's retry handles the message again.
    /// </summary>
    /// <returns>True when the handler ran and committed; false for a duplicate.</returns>
    public async Task<bool> HandleOnceAsync(
        MessageContext context, string consumer, Func<NpgsqlTransaction, CancellationToken, Task> handle, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handle);
        await using var connection = await _database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!await TryRecordAsync(transaction, context, consumer, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        using (_outbox.Enlist(transaction))
        {
            await handle(transaction, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        Interlocked.Increment(ref _handled);
        return true;
    }

    /// <summary>Forgets ids handled before <paramref name="olderThan"/> ago; returns how many were removed.</summary>
    public async Task<int> PurgeAsync(TimeSpan olderThan, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(_database.Sql.InboxPurge, connection) { Parameters = { new NpgsqlParameter<TimeSpan> { TypedValue = olderThan } } };
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
