using System.Diagnostics;

namespace Contracts.RabbitMQ.Tests;

/// <summary>
/// The brokers the tests run against. Locally a test skips when its broker is not reachable, so `dotnet test` stays
/// green on a machine without RabbitMQ; with CI=true it fails, because CI promises the brokers and a skip there would
/// hide that the test never ran.
/// </summary>
internal static class Broker
{
    /// <summary>The single broker (CONTRACTS_RABBITMQ), by default the local one broker.sh starts.</summary>
    public static readonly BrokerTarget Single = new(
        Environment.GetEnvironmentVariable("CONTRACTS_RABBITMQ") is { Length: > 0 } uri ? uri : "amqp://guest:guest@127.0.0.1:5672/",
        [Environment.GetEnvironmentVariable("CONTRACTS_RABBITMQ") is { Length: > 0 } u ? HostPort(new Uri(u)) : "127.0.0.1:5672"]);

    /// <summary>
    /// The three-node cluster cluster.sh starts (CONTRACTS_RABBITMQ_CLUSTER: comma-separated host:port of every node,
    /// by default 127.0.0.1:5701-5703), reached with guest credentials.
    /// </summary>
    public static readonly BrokerTarget Cluster = ClusterFromEnvironment();

    /// <summary>A shell command that kills the single broker and starts it again on the same data (CONTRACTS_RABBITMQ_RESTART).</summary>
    public static readonly string? RestartCommand = Environment.GetEnvironmentVariable("CONTRACTS_RABBITMQ_RESTART") is { Length: > 0 } c ? c : null;

    /// <summary>The cluster's control script (CONTRACTS_RABBITMQ_CLUSTER_CTL), e.g. <c>bash cluster.sh</c>; it takes leader/kill/start.</summary>
    public static readonly string? ClusterControl = Environment.GetEnvironmentVariable("CONTRACTS_RABBITMQ_CLUSTER_CTL") is { Length: > 0 } k ? k : null;

    /// <summary>
    /// How long a fault test on one node waits between declaring quorum queues and killing the node. Measured here on
    /// RabbitMQ 3.10.8: a quorum queue killed 300 ms after its declaration came back with an empty Raft log and no leader
    /// (every operation on it times out, and a message confirmed in it was gone); after 1 s and after 2 s it came back
    /// whole. A real crash can hit that window too, which is one reason docs/rabbitmq.md asks for three nodes.
    /// </summary>
    public static readonly TimeSpan QuorumStateSettles = TimeSpan.FromSeconds(3);

    private static readonly bool InCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the test locally, or fails it under CI, when <paramref name="target"/> does not answer.</summary>
    public static async Task RequireAsync(BrokerTarget target)
    {
        var problem = await target.UnreachableAsync();
        var start = target == Cluster ? "tests/Contracts.RabbitMQ.Tests/cluster.sh start" : "tests/Contracts.RabbitMQ.Tests/broker.sh start";
        Require(problem is null, $"no RabbitMQ at {string.Join(", ", target.Nodes)} ({problem}); start it with {start}");
    }

    /// <summary>The fault test also needs to restart the broker; same rule.</summary>
    public static void RequireRestart()
        => Require(RestartCommand is not null, "CONTRACTS_RABBITMQ_RESTART is not set (e.g. 'bash tests/Contracts.RabbitMQ.Tests/broker.sh kill-restart')");

    /// <summary>The cluster fault test also needs the cluster's control script; same rule.</summary>
    public static void RequireClusterControl()
        => Require(ClusterControl is not null, "CONTRACTS_RABBITMQ_CLUSTER_CTL is not set (e.g. 'bash tests/Contracts.RabbitMQ.Tests/cluster.sh')");

    /// <summary>Runs <see cref="RestartCommand"/>; fails the test if it fails.</summary>
    public static Task RestartAsync() => ShellAsync(RestartCommand!);

    /// <summary>Runs the cluster control script with <paramref name="arguments"/> and returns what it printed.</summary>
    public static Task<string> ClusterAsync(string arguments) => ShellAsync(ClusterControl! + " " + arguments);

    private static async Task<string> ShellAsync(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("/bin/bash", ["-c", command])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(4));
        Assert.True(process.ExitCode == 0, $"'{command}' exited {process.ExitCode}: {await output}{await error}");
        return (await output).Trim();
    }

    private static BrokerTarget ClusterFromEnvironment()
    {
        var nodes = (Environment.GetEnvironmentVariable("CONTRACTS_RABBITMQ_CLUSTER") is { Length: > 0 } list ? list : "127.0.0.1:5701,127.0.0.1:5702,127.0.0.1:5703")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new BrokerTarget($"amqp://guest:guest@{nodes[0]}/", nodes);
    }

    private static string HostPort(Uri uri) => uri.Host + ":" + (uri.IsDefaultPort ? 5672 : uri.Port);

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
}
