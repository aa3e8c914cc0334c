using System.ComponentModel;
using System.Diagnostics;
using System.IO;

using Contracts.Tool.Cli;

namespace Contracts.Tool.Inputs;

/// <summary>
/// The few git questions the tool asks, through the <c>git</c> command line (what every CI image has): which
/// repository holds a file, whether a revision exists, and a file's content at a revision, read from git's objects
/// (no checkout, so a dirty or shallow working tree is fine).
/// </summary>
internal static class Git
{
    /// <summary>The top folder of the repository holding <paramref name="folder"/>, or null when it is not in one.</summary>
    public static string? RepositoryOf(string folder)
    {
        var result = Run(folder, "rev-parse", "--show-toplevel");
        return result.ExitCode == 0 ? Path.GetFullPath(result.Output.Trim()) : null;
    }

    /// <summary>True when <paramref name="revision"/> names a commit in the repository at <paramref name="repository"/>.</summary>
    public static bool IsCommit(string repository, string revision)
        => Run(repository, "rev-parse", "--verify", "--quiet", revision + "^{commit}").ExitCode == 0;

    /// <summary>The commit <c>HEAD</c> is at, or null (no repository, no commit yet).</summary>
    public static string? Head(string folder)
    {
        var result = Run(folder, "rev-parse", "HEAD");
        return result.ExitCode == 0 ? result.Output.Trim() : null;
    }

    /// <summary>The text of <paramref name="path"/> (relative to the repository, '/') at <paramref name="revision"/>; null when it is not there.</summary>
    public static string? Show(string repository, string revision, string path)
    {
        var spec = revision + ":" + path;
        if (Run(repository, "cat-file", "-e", spec).ExitCode != 0)
        {
            return null;
        }

        var result = Run(repository, "cat-file", "blob", spec);
        if (result.ExitCode != 0)
        {
            throw new UnusableInputException($"git cannot read {spec}: {result.Error.Trim()}");
        }

        return result.Output;
    }

    private static (int ExitCode, string Output, string Error) Run(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(folder);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output, error.Result);
        }
        catch (Win32Exception e)
        {
            throw new UnusableInputException("the 'git' command cannot be run (" + e.Message + "); install git, or give a folder or a file to --against");
        }
    }
}
