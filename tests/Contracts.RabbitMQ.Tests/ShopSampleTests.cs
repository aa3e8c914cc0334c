using System.Diagnostics;
using System.Text.RegularExpressions;
using RabbitMQ.Client;

namespace Contracts.RabbitMQ.Tests;

/// <summary>The README's promise: the Shop fleet runs over RabbitMQ and ends with no failed message, with and without its Node.js service.</summary>
[Collection(BrokerCollection.Name)]
public sealed class ShopSampleTests
{
    [SkippableFact]
    public async Task The_shop_over_rabbitmq_exits_zero_with_no_failed_message()
    {
        await Broker.RequireAsync(Broker.Single);
        await RunOnCleanBrokerAsync("--transport", "rabbitmq");
    }

    [SkippableFact]
    public async Task The_mixed_fleet_with_the_Node_service_exits_zero_with_no_failed_message_and_every_order_notified()
    {
        await Broker.RequireAsync(Broker.Single);
        NodeService.Require(Path.Combine(RepositoryRoot(), "samples", "Shop", "Notifications"));

        var output = await RunOnCleanBrokerAsync("--transport", "rabbitmq", "--with-node");

        Assert.Contains(output, line => line.StartsWith("notifications: ready", StringComparison.Ordinal));
        var placed = Assert.Single(output, line => line.StartsWith("300 orders: ", StringComparison.Ordinal));
        var shipped = Regex.Match(placed, @"^300 orders: (\d+) shipped").Groups[1].Value;
        Assert.Contains($"notifications (node): handled 300 orders.order-placed.v1, {shipped} shipping.order-shipped.v1; published {300 + int.Parse(shipped)} notifications.customer-notified.v1; 0 retried, 0 dead-lettered", output);
        Assert.Contains($"orders heard from notifications: 300 order confirmations, {shipped} shipping notices", output);
    }

    // The sample's names are fixed ("shop", "shop.<service>"): start from none of them, so queues an older build
    // declared on this broker (another type, other arguments) cannot decide the outcome, and leave none behind.
    private static async Task<IReadOnlyList<string>> RunOnCleanBrokerAsync(params string[] arguments)
    {
        await using var admin = new AdminConnection(Broker.Single);
        await DeleteSampleTopologyAsync(admin);
        try
        {
            return await RunShopAsync(arguments);
        }
        finally
        {
            await DeleteSampleTopologyAsync(admin);
        }
    }

    private static async Task<IReadOnlyList<string>> RunShopAsync(string[] arguments)
    {
        // --no-build: the solution build (which `dotnet test Contracts.sln` and CI run first) already built the sample.
        var start = new ProcessStartInfo("dotnet", ["run", "--no-build", "--project", Path.Combine(RepositoryRoot(), "samples", "Shop"), "--", .. arguments])
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
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Matches(@"^processed: [1-9]\d* messages, failed: 0$", lines.LastOrDefault() ?? "");
        return lines;
    }

    private static Task DeleteSampleTopologyAsync(AdminConnection admin) => admin.RunAsync(async channel =>
    {
        foreach (var service in new[] { "orders", "billing", "shipping", "notifications" })
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
