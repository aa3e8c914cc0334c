using System.Diagnostics;
using RabbitMQ.Client;

namespace Contracts.RabbitMQ.Tests;

/// <summary>
/// The broker the tests run against. Locally a test skips when none is reachable, so `dotnet test` stays green on a
/// machine without RabbitMQ; with CI=true an unreachable broker fails the test, because CI promises a broker and a
/// skip there would hide that it never ran.
/// </summary>
internal static class Broker
{
    /// <summary>The AMQP URI of the broker (CONTRACTS_RABBITMQ), by default the local one broker.sh starts.</summary>
    public static readonly string ConnectionString =
        Environment.GetEnvironmentVariable("CONTRACTS_RABBITMQ") is { Length: > 0 } uri ? uri : "amqp://guest:guest@127.0.0.1:5672/";

    /// <summary>A shell command that kills the broker and starts it again on the same data (CONTRACTS_RABBITMQ_RESTART).</summary>
    public static readonly string? RestartCommand = Environment.GetEnvironmentVariable("CONTRACTS_RABBITMQ_RESTART") is { Length: > 0 } c ? c : null;

    private static readonly bool InCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static readonly Lazy<Task<string?>> Unreachable = new(ProbeAsync);

    /// <summary>Skips the test locally, or fails it under CI, when no broker answers.</summary>
    public static async Task RequireAsync()
    {
        var problem = await Unreachable.Value;
        Require(problem is null, $"no RabbitMQ broker at {ConnectionString} ({problem}); start one with tests/Contracts.RabbitMQ.Tests/broker.sh start");
    }

    /// <summary>The fault test also needs to restart the broker; same rule.</summary>
    public static void RequireRestart()
        => Require(RestartCommand is not null, "CONTRACTS_RABBITMQ_RESTART is not set (e.g. 'bash tests/Contracts.RabbitMQ.Tests/broker.sh kill-restart')");

    /// <summary>Runs <see cref="RestartCommand"/>; fails the test if it fails.</summary>
    public static async Task RestartAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/bash", ["-c", RestartCommand!])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(process.ExitCode == 0, $"'{RestartCommand}' exited {process.ExitCode}: {await output}{await error}");
    }

    private static void Require(bool condition, string reason)
    {
        if (condition)
        {
            return;
        }

        if (InCi)
        {
            Assert.Fail("CI=true: " + reason);
        }

        Skip.If(true, reason);
    }

    private static async Task<string?> ProbeAsync()
    {
        try
        {
            var factory = new ConnectionFactory { Uri = new Uri(ConnectionString), RequestedConnectionTimeout = TimeSpan.FromSeconds(3) };
            await using var connection = await factory.CreateConnectionAsync("contracts-tests-probe");
            return null;
        }
        catch (Exception exception)
        {
            return exception.GetBaseException().Message;
        }
    }
}
