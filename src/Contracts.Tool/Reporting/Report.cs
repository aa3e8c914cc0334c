using System.Collections.Generic;
using System.Linq;
using Contracts.Schema.Gates;
using Contracts.Tool.Cli;

namespace Contracts.Tool.Reporting;

/// <summary>A gate's finding with the file and line it is printed at (0 when there is no line).</summary>
/// <param name="Finding">The finding, as the build reports it.</param>
/// <param name="Path">The file, as findings name it.</param>
/// <param name="Line">The 1-based line, or 0.</param>
/// <param name="Column">The 1-based column, or 0.</param>
internal sealed record ReportedFinding(Finding Finding, string Path, int Line, int Column)
{
    public string SeverityName => Finding.Severity switch
    {
        FindingSeverity.Error => "error",
        FindingSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary><c>path:line:column</c>, leaving out what is not known.</summary>
    public string Where => Path + (Line > 0 ? ":" + Line + (Column > 0 ? ":" + Column : string.Empty) : string.Empty);
}

/// <summary>What one command found: every finding in order, and every file it read (for JUnit's one suite per file).</summary>
internal sealed class Report
{
    private readonly List<ReportedFinding> _findings = new();
    private readonly List<string> _files = new();

    public Report(string command) => Command = command;

    /// <summary>The command that ran (<c>check</c>, <c>fleet</c>, <c>can-i-deploy</c>).</summary>
    public string Command { get; }

    public IReadOnlyList<ReportedFinding> Findings => _findings;

    public IReadOnlyList<string> Files => _files;

    public void AddFile(string path)
    {
        if (!_files.Contains(path))
        {
            _files.Add(path);
        }
    }

    public void Add(ReportedFinding finding)
    {
        AddFile(finding.Path);
        _findings.Add(finding);
    }

    /// <summary>2 when a file could not be read as a manifest, else 1 for any error, else 0.</summary>
    public int ExitCode
        => _findings.Any(f => f.Finding.Rule == GateRules.ManifestMalformed || f.Finding.Rule == GateRules.LockMalformed) ? ExitCodes.Unusable
            : _findings.Any(f => f.Finding.Severity == FindingSeverity.Error) ? ExitCodes.Incompatible
            : ExitCodes.Clean;
}
