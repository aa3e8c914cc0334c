using System.Diagnostics;

namespace Contracts.Tool.Tests;

/// <summary>
/// The one test of the real package: packs Contracts.Tool with a version of its own (the NuGet cache would serve a
/// re-packed one), installs it with <c>dotnet tool install --tool-path</c> from that folder, and runs the command.
/// </summary>
public sealed class PackedToolTests
{
    [Fact]
    public void The_packed_tool_installs_and_checks_the_shop_fleet()
    {
        using var work = new Workspace();
        var version = "0.0.0-test" + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + Guid.NewGuid().ToString("N")[..6];
        var project = Path.Combine(RepositoryRoot.Path, "src/Contracts.Tool/Contracts.Tool.csproj");
        var feed = Path.Combine(work.Root, "feed");
        var tools = Path.Combine(work.Root, "tools");
        var packages = Path.Combine(work.Root, "nuget-packages");

        // The tool is built already (this project references it): pack that build, in this test's configuration.
        Run(work.Root, null, "dotnet", "pack", project, "--no-build", "-c", Configuration, "-o", feed, "-p:Version=" + version, "-tl:off", "-nologo");
        Run(work.Root, packages, "dotnet", "tool", "install", "Contracts.Tool", "--version", version, "--tool-path", tools, "--add-source", feed);

        var contracts = Path.Combine(tools, OperatingSystem.IsWindows() ? "contracts.exe" : "contracts");
        Assert.Contains("Usage:", Run(work.Root, packages, contracts, "--help").Output);
        var fleet = Run(RepositoryRoot.Path, packages, contracts, "fleet", "samples/Shop/Orders/contracts.lock.json", "samples/Shop/Billing/contracts.lock.json", "samples/Shop/Shipping/contracts.lock.json", "samples/Shop/Notifications/asyncapi.yaml");
        Assert.Equal("contracts fleet: 0 errors, 0 warnings, 0 infos in 4 files", fleet.Output.Trim());
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static (int ExitCode, string Output) Run(string folder, string? packages, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        if (packages is not null)
        {
            start.Environment["NUGET_PACKAGES"] = packages; // the install's own cache: nothing of it stays in the user's
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}:\n{output}\n{error.Result}");
        return (process.ExitCode, output);
    }
}
