using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Contracts.PostgreSql;

/// <summary>
/// What the outbox, the relay and the inbox share: the settings, the data source, the statements for the schema and
/// the schema check. Disposes the data source only when it created it from a connection string.
/// </summary>
internal sealed class OutboxDatabase : IAsyncDisposable
{
    private readonly bool _ownsDataSource;

    public OutboxDatabase(PostgreSqlOutboxOptions options, ILogger logger)
    {
        Options = options;
        _ownsDataSource = options.DataSource is null;
        DataSource = options.DataSource ?? NpgsqlDataSource.Create(options.ConnectionString!);
        Sql = new OutboxSql(options.Schema);
        Schema = new SchemaGate(DataSource, Sql, options.CreateSchema, logger);
    }

    public PostgreSqlOutboxOptions Options { get; }

    public NpgsqlDataSource DataSource { get; }

    public OutboxSql Sql { get; }

    public SchemaGate Schema { get; }

    public ValueTask DisposeAsync() => _ownsDataSource ? DataSource.DisposeAsync() : ValueTask.CompletedTask;
}
