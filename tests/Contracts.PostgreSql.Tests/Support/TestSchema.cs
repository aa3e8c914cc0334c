using Npgsql;

namespace Contracts.PostgreSql.Tests;

/// <summary>
/// One test's own schema (its outbox, inbox and the test's own tables), so tests never see each other's rows.
/// Disposing it drops the schema, so the server ends each test as it began.
/// </summary>
internal sealed class TestSchema : IAsyncDisposable
{
    private TestSchema(NpgsqlDataSource dataSource, string name)
    {
        DataSource = dataSource;
        Name = name;
    }

    /// <summary>The schema name, unique per test.</summary>
    public string Name { get; }

    /// <summary>A data source of the test's own, for looking at and changing tables directly.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>The table the <see cref="RecordOrder"/> consumer writes its one effect per message into.</summary>
    public string Effects => Name + ".effects";

    public static async Task<TestSchema> CreateAsync(string prefix = "t")
    {
        await Postgres.RequireAsync();
        var schema = new TestSchema(NpgsqlDataSource.Create(Postgres.ConnectionString), prefix + "_" + Guid.NewGuid().ToString("N")[..10]);
        await schema.ExecuteAsync($"CREATE SCHEMA {schema.Name}; CREATE TABLE {schema.Effects} (number bigint NOT NULL)");
        return schema;
    }

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task<List<T>> ColumnAsync<T>(string sql)
    {
        await using var command = DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<T>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    /// <summary>How many effect rows each order number has: exactly one per handled message when the inbox works.</summary>
    public async Task<Dictionary<long, long>> EffectsAsync()
    {
        await using var command = DataSource.CreateCommand($"SELECT number, count(*) FROM {Effects} GROUP BY number");
        await using var reader = await command.ExecuteReaderAsync();
        var effects = new Dictionary<long, long>();
        while (await reader.ReadAsync())
        {
            effects[reader.GetInt64(0)] = reader.GetInt64(1);
        }

        return effects;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await ExecuteAsync($"DROP SCHEMA IF EXISTS {Name} CASCADE");
        }
        finally
        {
            await DataSource.DisposeAsync();
        }
    }
}
