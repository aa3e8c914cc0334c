using System.IO;

namespace Contracts.Tool.Reporting.Formats;

/// <summary>
/// GitHub Actions workflow commands, one per finding, which the runner turns into annotations on the file and line:
/// <c>::error file=path,line=12,col=5,title=CTR0100::message</c>. Values are escaped as the runner unescapes them.
/// </summary>
internal sealed class GitHubActionsFormat : OutputFormat
{
    public override void Write(Report report, TextWriter output)
    {
        foreach (var f in report.Findings)
        {
            var command = f.SeverityName == "info" ? "notice" : f.SeverityName;
            var where = "file=" + Property(f.Path) + (f.Line > 0 ? ",line=" + f.Line + (f.Column > 0 ? ",col=" + f.Column : string.Empty) : string.Empty);
            output.WriteLine($"::{command} {where},title={Property(f.Finding.Id + " " + f.Finding.Rule.Title)}::{Data(f.Finding.Message)}");
        }
    }

    // The runner's escaping (actions/toolkit, command.ts): '%', CR and LF in data; also ':' and ',' in properties.
    private static string Data(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string value) => Data(value).Replace(":", "%3A").Replace(",", "%2C");
}
