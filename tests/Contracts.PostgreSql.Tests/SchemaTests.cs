using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Contracts.PostgreSql.Tests;

/// <summary>Schema creation when allowed, the shipped script, and a clear typed error for every bad schema state.</summary>
public sealed class SchemaTests
{
    [SkippableFact]
    public async Task Startup_creates_the_tables_when_allowed_and_records_the_version()
    {
        await using var schema = await TestSchema.CreateAsync();
        await using var host = await OutboxHost.StartAsync(schema);

        Assert.Equal(PostgreSqlOutboxSchema.CurrentVersion, await schema.ScalarAsync<int>($"SELECT version FROM {schema.Name}.schema_version"));
        Assert.Equal(0L, await schema.ScalarAsync<long>($"SELECT count(*) FROM {schema.Name}.outbox"));
        Assert.Equal(0L, await schema.ScalarAsync<long>($"SELECT count(*) FROM {schema.Name}.inbox"));
    }

    [SkippableFact]
    public async Task Startup_without_permission_to_create_fails_naming_the_missing_tables_and_the_script()
    {
        await using var schema = await TestSchema.CreateAsync();
        await using var host = OutboxHost.Build(schema, o => o.CreateSchema = false);

        var error = await Assert.ThrowsAsync<PostgreSqlOutboxSchemaException>(host.StartAsync);

        Assert.Equal(schema.Name, error.Schema);
        Assert.Null(error.FoundVersion);
        Assert.Contains($"Tables missing in schema '{schema.Name}': schema_version, outbox, inbox", error.Message);
        Assert.Contains("sql/contracts-postgresql-v1.sql", error.Message);
        Assert.Contains("CreateSchema = true", error.Message);
    }

    [SkippableFact]
    public async Task The_shipped_script_creates_what_startup_expects_and_can_run_twice()
    {
        await using var schema = await TestSchema.CreateAsync();
        var script = PostgreSqlOutboxSchema.CreateScript(schema.Name);
        await schema.ExecuteAsync(script);
        await schema.ExecuteAsync(script);

        await using var host = await OutboxHost.StartAsync(schema, o => o.CreateSchema = false);
        await host.CommitAsync(1);
        await Eventually.TrueAsync(() => host.Deliveries.Counts.ContainsKey(1), "the message to arrive");
        Assert.Equal(1L, await schema.ScalarAsync<long>($"SELECT count(*) FROM {schema.Name}.schema_version"));
    }

    [Fact]
    public void The_script_in_the_package_is_the_one_the_library_runs()
    {
        var shipped = Path.Combine(RepositoryRoot(), "src", "Contracts.PostgreSql", "sql", "contracts-postgresql-v1.sql");
        var expected = PostgreSqlOutboxSchema.CreateScript();
        if (Environment.GetEnvironmentVariable("CONTRACTS_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(shipped, expected);
        }

        Assert.Equal(expected, File.ReadAllText(shipped).Replace("\r\n", "\n"));
    }

    [SkippableTheory]
    [InlineData(2, "newer than the version 1 this Contracts.PostgreSql reads: upgrade the package")]
    [InlineData(0, "but this Contracts.PostgreSql needs version 1: run the upgrade script")]
    public async Task A_schema_at_another_version_stops_startup_with_the_version_found(int version, string expected)
    {
        await using var schema = await TestSchema.CreateAsync();
        await schema.ExecuteAsync(PostgreSqlOutboxSchema.CreateScript(schema.Name));
        await schema.ExecuteAsync($"UPDATE {schema.Name}.schema_version SET version = {version}");
        await using var host = OutboxHost.Build(schema);

        var error = await Assert.ThrowsAsync<PostgreSqlOutboxSchemaException>(host.StartAsync);

        Assert.Equal(version, error.FoundVersion);
        Assert.Equal(1, error.ExpectedVersion);
        Assert.Contains($"Schema '{schema.Name}' is at outbox schema version {version}", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [SkippableFact]
    public async Task A_table_dropped_after_startup_makes_the_publish_fail_with_a_schema_error_and_the_transaction_keeps_nothing()
    {
        await using var schema = await TestSchema.CreateAsync();
        await using var host = await OutboxHost.StartAsync(schema);
        await schema.ExecuteAsync($"DROP TABLE {schema.Name}.outbox");

        var error = await Assert.ThrowsAsync<PostgreSqlOutboxSchemaException>(() => host.CommitAsync(1));

        Assert.Contains($"The outbox table {schema.Name}.outbox does not exist", error.Message);
        Assert.IsType<PostgresException>(error.InnerException);
    }

    [Theory]
    [InlineData("Contracts")]
    [InlineData("1st")]
    [InlineData("orders-outbox")]
    [InlineData("")]
    public void A_schema_name_that_would_need_quoting_is_rejected_at_configuration(string name)
    {
        var services = new ServiceCollection();
        var error = Assert.Throws<ArgumentException>(() => services.AddContracts().UsePostgreSqlOutbox(o =>
        {
            o.ConnectionString = "Host=localhost";
            o.Schema = name;
        }));
        Assert.Contains("is not a plain PostgreSQL name", error.Message);
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Contracts.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Contracts.sln not found above " + AppContext.BaseDirectory);
    }
}
