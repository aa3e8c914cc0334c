using System.Diagnostics;

namespace Contracts.PostgreSql.Tests;

/// <summary>The README's Outbox section: the Shop with Orders on PostgreSQL and the outbox ends with no failed message.</summary>
public sealed class ShopSampleTests
{
    [SkippableFact]
    public async Task The_shop_with_orders_in_postgres_exits_zero_with_every_order_settled_and_no_failed_message()
    {
        await Postgres.RequireAsync();

        // --no-build: the solution build (which `dotnet test Contracts.sln` and CI run first) already built the sample.
        var start = new ProcessStartInfo("dotnet", ["run", "--no-build", "--project", Path.Combine(SchemaTests.RepositoryRoot(), "samples", "Shop"), "--", "--store", "postgres"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["CONTRACTS_POSTGRES"] = Postgres.ConnectionString },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));

        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(process.ExitCode == 0, $"the shop exited {process.ExitCode}:\n{await output}{await error}");
        Assert.Contains("transport: inmemory; store: postgres (orders and outbox in schema shop_orders); placing 300 orders in waves of 50; every 10th customer cancels", lines);
        Assert.Matches(@"^300 orders: \d+ shipped, \d+ payment failed, \d+ cancelled, 0 open$", lines[^2]);
        Assert.Matches(@"^processed: [1-9]\d* messages, failed: 0$", lines[^1]);
    }
}
