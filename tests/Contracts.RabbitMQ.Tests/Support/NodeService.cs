using System.Diagnostics;

namespace Contracts.RabbitMQ.Tests;

/// <summary>
/// The Shop's Node.js service needs node on PATH and its packages (`npm ci --prefix samples/Shop/Notifications`).
/// Locally a test without them skips; with CI=true it fails, because .ci/run installs them, as for the broker.
/// </summary>
internal static class NodeService
{
    private static readonly bool InCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Require(string folder)
    {
        var problem = Problem(folder);
        if (problem is null)
        {
            return;
        }

        var reason = $"{problem}; install node 20 or later and run `npm ci --prefix samples/Shop/Notifications`";
        if (InCi)
        {
            Assert.Fail("CI=true: " + reason);
        }

        Skip.If(true, reason);
    }

    private static string? Problem(string folder)
    {
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", ["--version"]) { RedirectStandardOutput = true })!;
            node.WaitForExit();
            if (node.ExitCode != 0)
            {
                return "`node --version` failed";
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "node is not on PATH";
        }

        return Directory.Exists(Path.Combine(folder, "node_modules", "amqplib")) ? null : $"the packages of {folder} are not installed";
    }
}
