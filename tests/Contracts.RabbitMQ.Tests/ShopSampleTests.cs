using System.Diagnostics;
using RabbitMQ.Client;

namespace Contracts.RabbitMQ.Tests;

/// <summary>The README's promise: the Shop fleet runs over RabbitMQ and ends with no failed message.</summary>
[Collection(BrokerCollection.Name)]
public sealed class ShopSampleTests
{
    [SkippableFact]
    public async Task The_shop_over_rabbitmq_exits_zero_with_no_failed_message()
    {
        await Broker.RequireAsync(Broker.Single);
        // The sample's names are fixed ("shop", "shop.<service>"): start from none of them, so queues an older build
        // declared on this broker (another type, other arguments) cannot decide the outcome, and leave none behind.
        await using var admin = new AdminConnection(Broker.Single);
        await DeleteSampleTopologyAsync(admin);
        try
        {
            await RunShopAsync();
        }
        finally
        {
            await DeleteSampleTopologyAsync(admin);
        }
    }

    private static async Task RunShopAsync()
    {
        // --no-build: the solution build (which `dotnet test Contracts.sln` and CI run first) already built the sample.
        var start = new ProcessStartInfo("dotnet", ["run", "--no-build", "--project", Path.Combine(RepositoryRoot(), "samples", "Shop"), "--", "--transport", "rabbitmq"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["CONTRACTS_RABBITMQ"] = Broker.Single.ConnectionString },
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));

        var transcript = await output + await error;
        Assert.True(process.ExitCode == 0, $"the shop exited {process.ExitCode}:\n{transcript}");
        var last = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
        Assert.Matches(@"^processed: [1-9]\d* messages, failed: 0$", last);
    }

    private static Task DeleteSampleTopologyAsync(AdminConnection admin) => admin.RunAsync(async channel =>
    {
        foreach (var service in new[] { "orders", "billing", "shipping" })
        {
            foreach (var suffix in new[] { "", ".dead-letter", ".retry-1000ms" })
            {
                await channel.QueueDeleteAsync("shop." + service + suffix);
            }
        }

        await channel.ExchangeDeleteAsync("shop");
    });

    private static string RepositoryRoot()
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
