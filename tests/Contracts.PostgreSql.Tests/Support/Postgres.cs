using Npgsql;

namespace Contracts.PostgreSql.Tests;

/// <summary>
/// The PostgreSQL server the tests run against. Locally a test skips when none is reachable, so `dotnet test` stays
/// green on a machine without PostgreSQL; with CI=true an unreachable server fails the test, because CI promises one
/// and a skip there would hide that the outbox was never tested.
/// </summary>
internal static class Postgres
{
    /// <summary>The connection string (CONTRACTS_POSTGRES), by default the local cluster postgres.sh starts.</summary>
    public static readonly string ConnectionString =
        Environment.GetEnvironmentVariable("CONTRACTS_POSTGRES") is { Length: > 0 } cs ? cs : "Host=127.0.0.1;Port=55432;Username=postgres";

    private static readonly bool InCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static readonly Lazy<Task<string?>> Unreachable = new(ProbeAsync);

    /// <summary>Skips the test locally, or fails it under CI, when no server answers.</summary>
    public static async Task RequireAsync()
    {
        if (await Unreachable.Value is not { } problem)
        {
            return;
        }

        var reason = $"no PostgreSQL at '{ConnectionString}' ({problem}); start one with tests/Contracts.PostgreSql.Tests/postgres.sh start";
        if (InCi)
        {
            Assert.Fail("CI=true: " + reason);
        }

        Skip.If(true, reason);
    }

    // A loaded CI machine (load 30 on 2 cores, every test project starting at once) can take seconds to open a first
    // connection: a few generous attempts before concluding there is no server. A refused connection fails at once.
    private static async Task<string?> ProbeAsync()
    {
        string? problem = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Timeout = 15 };
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync();
                return null;
            }
            catch (Exception exception)
            {
                problem = exception.GetBaseException().Message;
                await Task.Delay(500);
            }
        }

        return problem;
    }
}
