using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Contracts.Generator.Tests.Diagnostics;

/// <summary>Reads docs/diagnostics and the analyzer release files from the repository the tests were built from.</summary>
internal static class DiagnosticDocs
{
    public static string RepositoryRoot => RepositoryPaths.Root;

    public static string Folder => Path.Combine(RepositoryRoot, "docs", "diagnostics");

    public static string Page(string id) => File.ReadAllText(Path.Combine(Folder, id + ".md"));

    /// <summary>The C# block under a <c>## heading</c> of a page.</summary>
    public static string CodeUnder(string page, string heading)
    {
        var match = Regex.Match(page, "^## " + Regex.Escape(heading) + @"\s+```csharp\n(.*?)```", RegexOptions.Singleline | RegexOptions.Multiline);
        if (!match.Success)
        {
            throw new InvalidOperationException($"No ```csharp block under '## {heading}'.");
        }

        return match.Groups[1].Value;
    }

    public static string ReleaseNotes() => string.Join('\n', new[] { "Shipped", "Unshipped" }
        .Select(kind => File.ReadAllText(Path.Combine(RepositoryRoot, "src", "Contracts.Generator", $"AnalyzerReleases.{kind}.md"))));
}
