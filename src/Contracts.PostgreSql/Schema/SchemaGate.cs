using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Contracts.PostgreSql;

/// <summary>
/// Checks once per process that the tables exist at <see cref="PostgreSqlOutboxSchema.CurrentVersion"/>, creating them
/// first when allowed. Only success is remembered: after a failure (tables missing, database down) the next caller
/// checks again, so running the script fixes a running service without a restart.
/// </summary>
internal sealed class SchemaGate(NpgsqlDataSource dataSource, OutboxSql sql, bool create, ILogger logger)
{
    private readonly SemaphoreSlim _checking = new(1, 1);
    private volatile bool _ready;

    /// <exception cref="PostgreSqlOutboxSchemaException">The tables are missing (and may not be created) or at another version.</exception>
    public ValueTask EnsureAsync(CancellationToken cancellationToken)
        => _ready ? ValueTask.CompletedTask : new ValueTask(CheckAsync(cancellationToken));

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        await _checking.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ready)
            {
                return;
            }

            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            if (create && !await TablesExistAsync(connection, cancellationToken).ConfigureAwait(false))
            {
                await CreateAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            await VerifyAsync(connection, cancellationToken).ConfigureAwait(false);
            _ready = true;
        }
        finally
        {
            _checking.Release();
        }
    }

    private async Task<bool> TablesExistAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var (versionTable, outbox, inbox) = await ReadTablesAsync(connection, cancellationToken).ConfigureAwait(false);
        return versionTable && outbox && inbox;
    }

    private async Task<(bool VersionTable, bool Outbox, bool Inbox)> ReadTablesAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql.Tables, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.GetBoolean(0), reader.GetBoolean(1), reader.GetBoolean(2));
    }

    // Two instances may start at once: the advisory lock makes the second wait and then find everything in place.
    private async Task CreateAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand(OutboxSql.Lock, connection, transaction) { Parameters = { new() { Value = sql.SchemaLockKey } } })
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var command = new NpgsqlCommand(PostgreSqlOutboxSchema.Body(sql.Schema), connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        Log.SchemaCreated(logger, sql.Schema, PostgreSqlOutboxSchema.CurrentVersion);
    }

    private async Task VerifyAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var (versionTable, outbox, inbox) = await ReadTablesAsync(connection, cancellationToken).ConfigureAwait(false);
        if (!(versionTable && outbox && inbox))
        {
            string?[] tables = [versionTable ? null : "schema_version", outbox ? null : "outbox", inbox ? null : "inbox"];
            var missing = string.Join(", ", Array.FindAll(tables, t => t is not null));
            throw new PostgreSqlOutboxSchemaException(sql.Schema, null,
                $"Tables missing in schema '{sql.Schema}': {missing}. "
                + "Run the script sql/contracts-postgresql-v1.sql of the Contracts.PostgreSql package (or PostgreSqlOutboxSchema.CreateScript), "
                + "or set CreateSchema = true to let startup create them.");
        }

        await using var command = new NpgsqlCommand(sql.Version, connection);
        var found = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as int?;
        if (found != PostgreSqlOutboxSchema.CurrentVersion)
        {
            throw new PostgreSqlOutboxSchemaException(sql.Schema, found, VersionProblem(found));
        }
    }

    private string VersionProblem(int? found) => found switch
    {
        null => $"Schema '{sql.Schema}' has the outbox tables but no row in {sql.Schema}.schema_version; "
            + $"insert version {PostgreSqlOutboxSchema.CurrentVersion} if the tables came from the version {PostgreSqlOutboxSchema.CurrentVersion} script.",
        > PostgreSqlOutboxSchema.CurrentVersion => $"Schema '{sql.Schema}' is at outbox schema version {found}, newer than the version "
            + $"{PostgreSqlOutboxSchema.CurrentVersion} this Contracts.PostgreSql reads: upgrade the package, or use another schema.",
        _ => $"Schema '{sql.Schema}' is at outbox schema version {found}, but this Contracts.PostgreSql needs version "
            + $"{PostgreSqlOutboxSchema.CurrentVersion}: run the upgrade script for version {PostgreSqlOutboxSchema.CurrentVersion}.",
    };
}
