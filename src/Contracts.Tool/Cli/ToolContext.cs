using System.CommandLine;
using System.IO;
using Contracts.Tool.Reporting;
using Contracts.Tool.Reporting.Formats;

namespace Contracts.Tool.Cli;

/// <summary>Where a command writes and which folder relative paths start from: the process's, or a test's.</summary>
/// <param name="Output">Findings and results.</param>
/// <param name="Error">Why the input cannot be used.</param>
/// <param name="WorkingFolder">The folder relative paths are read from, and findings name files relative to.</param>
internal sealed record ToolContext(TextWriter Output, TextWriter Error, string WorkingFolder)
{
    /// <summary>Prints <paramref name="report"/> in the format chosen and returns its exit code.</summary>
    public int Print(Report report, string format)
    {
        OutputFormat.Named(format).Write(report, Output);
        return report.ExitCode;
    }
}

/// <summary>The options several commands share, defined once so that they read the same everywhere.</summary>
internal static class SharedOptions
{
    public static Option<string> Format()
    {
        var option = new Option<string>("--format")
        {
            Description = "How findings are printed: text, msvs (path(line,col) : error CTR0100 : message), github-actions (annotations), junit (XML report) or json (one object per line)",
            DefaultValueFactory = _ => "text",
            HelpName = "format",
        };
        option.AcceptOnlyFromAmong(OutputFormat.Names);
        return option;
    }

    public static Option<bool> FleetComplete(string fleet) => new("--fleet-complete")
    {
        Description = $"Declare {fleet} to be every service there is: a producer's change is then judged by what those consumers read (consumer-driven evolution) instead of by its FORWARD mode alone",
    };

    public static Option<string> Deployments() => new("--deployments")
    {
        Description = "The folder of deployment records, one folder per environment",
        DefaultValueFactory = _ => "deployments",
        HelpName = "folder",
    };

    public static Argument<string[]> Files(string description) => new("files")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };
}
