using System.Diagnostics;
using System.Text;

namespace Contracts.EndToEnd.Tests.Infrastructure;

/// <summary>What a finished <c>dotnet</c> command printed and how it ended.</summary>
/// <param name="ExitCode">The exit code; meaningless when <paramref name="TimedOut"/>.</param>
/// <param name="StandardOutput">Standard output, one entry per line.</param>
/// <param name="StandardError">Standard error, one entry per line.</param>
/// <param name="TimedOut">True when the command was killed for running too long.</param>
public sealed record ProcessResult(int ExitCode, IReadOnlyList<string> StandardOutput, IReadOnlyList<string> StandardError, bool TimedOut)
{
    /// <summary>Everything printed, stdout then stderr: what an assertion message should show.</summary>
    public string Transcript => string.Join(Environment.NewLine, StandardOutput.Concat(StandardError));
}

/// <summary>
/// Runs the .NET CLI as a child process the way a user types it, and captures its output.
/// </summary>
public static class DotnetCli
{
    // Build servers and reused MSBuild nodes outlive the command and inherit its output pipes, so reading to the end
    // would hang until they exit; a test also must not leave processes behind. Each build is self-contained instead.
    private static readonly Dictionary<string, string> BuildEnvironment = new()
    {
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        ["UseSharedCompilation"] = "false",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
    };

    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/> (the repository root
    /// when null). Kills the whole process tree after <paramref name="timeout"/> and reports it as timed out.
    /// </summary>
    public static async Task<ProcessResult> RunAsync(IEnumerable<string> arguments, TimeSpan timeout, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in BuildEnvironment.Concat(environment ?? new Dictionary<string, string>()))
        {
            start.Environment[name] = value;
        }

        var output = new List<string>();
        var error = new List<string>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            // Also waits for the redirected streams to reach their end, so no line is lost.
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return new ProcessResult(-1, Snapshot(output), Snapshot(error), TimedOut: true);
        }

        return new ProcessResult(process.ExitCode, Snapshot(output), Snapshot(error), TimedOut: false);
    }

    private static void Append(List<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Add(line);
        }
    }

    private static IReadOnlyList<string> Snapshot(List<string> lines)
    {
        lock (lines)
        {
            return lines.ToArray();
        }
    }
}
