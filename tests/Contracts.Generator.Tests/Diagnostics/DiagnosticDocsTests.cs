using System.IO;
using System.Linq;
using Contracts.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Generator.Tests.Diagnostics;

/// <summary>
/// Every catalog entry has its help page, its README row and its release-tracking line, and every page's example really
/// raises its diagnostic while its fix raises none.
/// </summary>
public sealed class DiagnosticDocsTests
{
    // What an SDK project with ImplicitUsings sees; the doc examples are written for it.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static TheoryData<string> Ids => new(DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id));

    // CTR0018 needs a second assembly (ExternalTypeTests); CTR9999 cannot be caused from source (GeneratorFailureTests);
    // CTR01nn need a committed lock or other services' manifests beside the code (Evolution/, CrossService/ tests).
    public static TheoryData<string> IdsWithSingleFileExamples
        => new(DiagnosticDescriptors.All.Select(d => d.Id)
            .Where(id => id is not "CTR0018" and not "CTR9999" && !id.StartsWith("CTR01", System.StringComparison.Ordinal))
            .OrderBy(id => id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void EveryDiagnosticHasItsPageReadmeRowAndReleaseLine(string id)
    {
        var descriptor = DiagnosticDescriptors.Find(id);
        var page = DiagnosticDocs.Page(id);
        var severity = descriptor.DefaultSeverity.ToString();

        Assert.StartsWith($"# {id}: {descriptor.Title}\n", page);
        Assert.Contains($"| Severity | {severity} |", page);
        Assert.Contains(descriptor.MessageFormat.ToString(), page);
        Assert.Contains($"| [{id}]({id}.md) | {severity} | {descriptor.Title} |", File.ReadAllText(Path.Combine(DiagnosticDocs.Folder, "README.md")));
        Assert.Contains($"{id} | {descriptor.Category} | {severity} | {descriptor.Title}", DiagnosticDocs.ReleaseNotes());
    }

    [Fact]
    public void EveryPageBelongsToACatalogEntry()
    {
        var pages = Directory.GetFiles(DiagnosticDocs.Folder, "CTR*.md").Select(Path.GetFileNameWithoutExtension).OrderBy(id => id);
        Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Id).OrderBy(id => id), pages);
    }

    [Theory]
    [MemberData(nameof(IdsWithSingleFileExamples))]
    public void ThePageExampleRaisesItsDiagnosticAndTheFixRaisesNone(string id)
    {
        var page = DiagnosticDocs.Page(id);

        var wrong = GeneratorHarness.Run(DiagnosticDocs.CodeUnder(page, "Example that triggers it"), ImplicitUsings);
        Assert.Equal(new[] { id }, wrong.Diagnostics.Select(d => d.Id));

        var fixedResult = GeneratorHarness.Run(DiagnosticDocs.CodeUnder(page, "Fix"), ImplicitUsings);
        Assert.Empty(fixedResult.Diagnostics.Select(d => d.ToString()));
        DiagnosticAssert.NoFollowOnErrors(fixedResult);
    }
}
