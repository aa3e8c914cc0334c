using System.Text.RegularExpressions;

namespace Contracts.EndToEnd.Tests.Infrastructure;

/// <summary>One compiler diagnostic as <c>dotnet build</c> printed it.</summary>
/// <param name="File">The file it is reported in, or null for a diagnostic without a location (<c>CSC : error ...</c>).</param>
/// <param name="Line">1-based line, 0 without a location.</param>
/// <param name="Column">1-based column, 0 without a location.</param>
/// <param name="Severity"><c>error</c>, <c>warning</c> or <c>info</c>.</param>
/// <param name="Id">The diagnostic ID, e.g. <c>CTR0100</c>.</param>
/// <param name="Message">The message text, without the help link and project suffix MSBuild adds.</param>
public sealed record BuildDiagnostic(string? File, int Line, int Column, string Severity, string Id, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Id}: {Message}";
}

/// <summary>What one <c>dotnet build</c> did: its exit code, its transcript and the diagnostics it printed.</summary>
public sealed partial class BuildOutput
{
    public BuildOutput(ProcessResult result)
    {
        Result = result;
        // MSBuild prints each warning and error twice (as it happens and in the summary): keep one of each.
        Diagnostics = result.StandardOutput.Concat(result.StandardError)
            .Select(Parse)
            .OfType<BuildDiagnostic>()
            .Distinct()
            .ToList();
    }

    public ProcessResult Result { get; }

    public bool Succeeded => Result.ExitCode == 0;

    public IReadOnlyList<BuildDiagnostic> Diagnostics { get; }

    /// <summary>The Contracts diagnostics (CTR....) only.</summary>
    public IReadOnlyList<BuildDiagnostic> Contracts => Diagnostics.Where(d => d.Id.StartsWith("CTR", StringComparison.Ordinal)).ToList();

    /// <summary>The transcript with the parsed diagnostics first: what an assertion message should show.</summary>
    public string Transcript
        => "Diagnostics:" + Environment.NewLine + string.Join(Environment.NewLine, Diagnostics)
           + Environment.NewLine + "Output:" + Environment.NewLine + Result.Transcript;

    /// <summary>The Contracts diagnostics of one severity, as <c>severity ID</c> pairs for compact assertions.</summary>
    public IEnumerable<string> Ids(string severity) => Contracts.Where(d => d.Severity == severity).Select(d => d.Id);

    private static BuildDiagnostic? Parse(string line)
    {
        var match = DiagnosticLine().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var file = match.Groups["file"].Success ? match.Groups["file"].Value.Trim() : null;
        return new BuildDiagnostic(
            file,
            match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value) : 0,
            match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value) : 0,
            match.Groups["severity"].Value,
            match.Groups["id"].Value,
            match.Groups["message"].Value.Trim());
    }

    // At normal verbosity and above MSBuild may prefix a line with its node ("1>"). Then
    // "path(12,5): error CTR0100: text (https://...) [project.csproj]", "CSC : error CTR0102: text [project.csproj]",
    // and, at detailed verbosity, "     info CTR0102: text (https://...)".
    [GeneratedRegex(@"^\s*(?:\d+>)?\s*(?:(?<file>[^\s][^(]*)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\)\s*:\s*|CSC\s*:\s*)?(?<severity>error|warning|info) (?<id>[A-Z]+\d+)\s*:\s*(?<message>.*?)(?:\s+\(https?://[^)\s]*\))?(?:\s+\[[^\]]*\])?\s*$")]
    private static partial Regex DiagnosticLine();
}
