using System;
using System.IO;
using System.Linq;

namespace Contracts.Tool.Reporting.Formats;

/// <summary>
/// How findings are printed (<c>--format</c>), in the shapes Buf's <c>--error-format</c> uses, so that the tools
/// that read Buf's output read ours: plain text, MSBuild/Visual Studio, GitHub Actions workflow commands, JUnit XML
/// and JSON lines.
/// </summary>
internal abstract class OutputFormat
{
    /// <summary>The names <c>--format</c> takes.</summary>
    public static readonly string[] Names = { "text", "msvs", "github-actions", "junit", "json" };

    public abstract void Write(Report report, TextWriter output);

    public static OutputFormat Named(string name) => name switch
    {
        "text" => new TextFormat(),
        "msvs" => new MsvsFormat(),
        "github-actions" => new GitHubActionsFormat(),
        "junit" => new JUnitFormat(),
        "json" => new JsonLinesFormat(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "one of " + string.Join(", ", Names)),
    };

    /// <summary>"2 errors, 1 warning and 3 infos in 4 files": how text says what a run found.</summary>
    protected static string Summary(Report report)
    {
        var errors = report.Findings.Count(f => f.SeverityName == "error");
        var warnings = report.Findings.Count(f => f.SeverityName == "warning");
        var infos = report.Findings.Count - errors - warnings;
        return $"contracts {report.Command}: {Count(errors, "error")}, {Count(warnings, "warning")}, {Count(infos, "info")} in {Count(report.Files.Count, "file")}";
    }

    private static string Count(int n, string what) => n + " " + what + (n == 1 ? string.Empty : "s");
}

/// <summary><c>path:line:column: error CTR0100: message</c>, then one summary line.</summary>
internal sealed class TextFormat : OutputFormat
{
    public override void Write(Report report, TextWriter output)
    {
        foreach (var f in report.Findings)
        {
            output.WriteLine($"{f.Where}: {f.SeverityName} {f.Finding.Id}: {f.Finding.Message}");
        }

        output.WriteLine(Summary(report));
    }
}

/// <summary>MSBuild's canonical form, which Visual Studio and most CI log parsers read: <c>path(line,col) : error CTR0100 : message</c>.</summary>
internal sealed class MsvsFormat : OutputFormat
{
    public override void Write(Report report, TextWriter output)
    {
        foreach (var f in report.Findings)
        {
            var where = f.Line > 0 ? $"({f.Line},{Math.Max(f.Column, 1)})" : string.Empty;
            output.WriteLine($"{f.Path}{where} : {f.SeverityName} {f.Finding.Id} : {f.Finding.Message}");
        }
    }
}
