using System;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace Contracts.PostgreSql;

/// <summary>
/// An ambient unit of work: while it is the current scope, every message published through Contracts (the generated
/// <c>PublishAsync</c> methods included) is written into the outbox table inside <see cref="Transaction"/> instead of
/// going to the transport. Committing the transaction commits the messages with the rest of the work; rolling it back
/// discards them. Create one with <see cref="PostgreSqlOutbox.Enlist"/> and dispose it when the work is done.
/// </summary>
/// <remarks>
/// The scope flows with the async context like <see cref="System.Diagnostics.Activity.Current"/>: code awaited inside
/// it sees it, code that runs after <see cref="Dispose"/> does not. Publishes inside one scope may run concurrently;
/// they are written one at a time, since a connection runs one command at a time.
/// </remarks>
public sealed class OutboxScope : IDisposable
{
    private static readonly AsyncLocal<OutboxScope?> s_current = new();

    private readonly OutboxScope? _previous;
    private readonly SemaphoreSlim _writing = new(1, 1);
    private int _written;
    private bool _disposed;

    internal OutboxScope(PostgreSqlOutbox outbox, NpgsqlTransaction transaction)
    {
        Outbox = outbox;
        Transaction = transaction;
        _previous = s_current.Value;
        s_current.Value = this;
    }

    /// <summary>The transaction the messages are written in.</summary>
    public NpgsqlTransaction Transaction { get; }

    /// <summary>How many messages were written into the outbox in this scope.</summary>
    public int MessageCount => Volatile.Read(ref _written);

    internal static OutboxScope? Current => s_current.Value;

    internal PostgreSqlOutbox Outbox { get; }

    /// <summary>
    /// Ends the scope: later publishes go to the transport again (or to the scope that was current before). If the
    /// scope wrote messages, the relay of this process is woken to publish them once they are committed.
    /// </summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (ReferenceEquals(s_current.Value, this))
        {
            s_current.Value = _previous;
        }

        if (_written > 0)
        {
            Outbox.WakeRelay();
        }
    }

    internal async ValueTask WriteAsync(TransportMessage message, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await Outbox.Database.Schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await _writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await OutboxWriter.InsertAsync(Transaction, Outbox.Database.Sql, message, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _written);
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
        {
            // The tables were there at startup and are gone now (dropped, or another database behind the transaction).
            throw new PostgreSqlOutboxSchemaException(Outbox.Schema, null,
                $"The outbox table {Outbox.Database.Sql.Outbox} does not exist in the database of the scope's transaction: {exception.MessageText}", exception);
        }
        catch (InvalidOperationException exception) when (exception.Message.Contains("completed", StringComparison.Ordinal))
        {
            // Npgsql's own words are "Transaction is already completed"; say what that means here.
            throw new InvalidOperationException(
                "The outbox scope's transaction was already committed or rolled back, so the message cannot be written with it. "
                + "Publish before the commit, and end the scope when the transaction ends.", exception);
        }
        finally
        {
            _writing.Release();
        }
    }
}
