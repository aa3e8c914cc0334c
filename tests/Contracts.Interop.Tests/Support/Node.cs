using System.Diagnostics;
using System.Text.Json;

namespace Contracts.Interop.Tests;

/// <summary>
/// Runs the checks in node/ with the Node.js packages npm ci installed there. Locally a test skips when node or the
/// packages are missing, so `dotnet test` stays green on a machine without them; with CI=true it fails, because
/// .ci/run promises them (it runs npm ci) and a skip there would hide that the check never ran.
/// </summary>
internal static class Node
{
    /// <summary>The folder of package.json, the lockfile and the check scripts.</summary>
    public static readonly string Folder = Path.Combine(Repository.Root, "tests", "Contracts.Interop.Tests", "node");

    private static readonly bool InCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>samples/Shop/Notifications, the sample fleet's Node.js service, with its own package.json and lockfile.</summary>
    public static readonly string NotificationsService = Path.Combine(Repository.Root, "samples", "Shop", "Notifications");

    private static readonly Lazy<string?> Missing = new(() => FindProblem(Folder, ["ajv", "ajv-formats", "@asyncapi/parser", "typescript"]));

    private static readonly Lazy<string?> ServiceMissing = new(() => FindProblem(NotificationsService, ["amqplib", "zod", "typescript", "yaml"]));

    /// <summary>Skips the test locally, or fails it under CI, when node or the packages are missing.</summary>
    public static void Require() => Require(Missing.Value, "tests/Contracts.Interop.Tests/node");

    /// <summary>The same for the Notifications service's packages.</summary>
    public static void RequireNotificationsService() => Require(ServiceMissing.Value, "samples/Shop/Notifications");

    /// <summary>Runs <c>npm</c> with <paramref name="arguments"/> in <paramref name="folder"/>; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> NpmAsync(string folder, params string[] arguments)
    {
        var (exitCode, output, error) = await ExecAsync("npm", arguments, folder);
        return (exitCode, output + error);
    }

    /// <summary>Runs the Notifications service's own TypeScript compiler on the project in <paramref name="project"/>.</summary>
    public static async Task<(int ExitCode, string Output)> ServiceTscAsync(string project)
    {
        var tsc = Path.Combine(NotificationsService, "node_modules", "typescript", "bin", "tsc");
        var (exitCode, output, error) = await ExecAsync("node", [tsc, "-p", project, "--noEmit"], project);
        return (exitCode, output + error);
    }

    private static void Require(string? missing, string prefix)
    {
        if (missing is not { } problem)
        {
            return;
        }

        var message = problem + $"; install them with `npm ci --prefix {prefix}` (node 20 or later)";
        if (InCi)
        {
            Assert.Fail("CI=true: " + message);
        }

        Skip.If(true, message);
    }

    /// <summary>Runs <paramref name="script"/> with <paramref name="input"/> as its JSON input file and parses what it prints.</summary>
    public static async Task<JsonElement> RunAsync(string script, object input)
    {
        var inputFile = Path.Combine(Directory.CreateTempSubdirectory("contracts-interop-").FullName, "input.json");
        await File.WriteAllTextAsync(inputFile, JsonSerializer.Serialize(input));
        var (exitCode, output, error) = await ExecAsync("node", [Path.Combine(Folder, script), inputFile]);
        Assert.True(exitCode == 0, $"node {script} exited {exitCode}:\n{error}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    /// <summary>Runs the TypeScript compiler of node/ with <paramref name="arguments"/>; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> TscAsync(params string[] arguments)
    {
        var tsc = Path.Combine(Folder, "node_modules", "typescript", "bin", "tsc");
        var (exitCode, output, error) = await ExecAsync("node", [tsc, .. arguments]);
        return (exitCode, output + error);
    }

    private static string? FindProblem(string folder, string[] packages)
    {
        try
        {
            var (exitCode, version, _) = ExecAsync("node", ["--version"]).GetAwaiter().GetResult();
            if (exitCode != 0)
            {
                return "`node --version` failed";
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "node is not on PATH";
        }

        var absent = packages.Where(p => !File.Exists(Path.Combine(folder, "node_modules", p, "package.json"))).ToList();
        return absent.Count == 0 ? null : "the Node.js packages " + string.Join(", ", absent) + " are not installed in " + folder;
    }

    private static async Task<(int ExitCode, string Output, string Error)> ExecAsync(string file, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? Folder };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return (process.ExitCode, await output, await error);
    }
}
