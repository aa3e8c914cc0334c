using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

using Contracts.Schema;

namespace Contracts.Generator.Tests.Diagnostics;

/// <summary>
/// Users turn CTR diagnostics off or up like any analyzer's. The generator driver filters generator diagnostics through
/// the compilation options: NoWarn / WarningsAsErrors (SpecificDiagnosticOptions), global configs, and, for diagnostics
/// located in one of the compilation's syntax trees, #pragma and per-file .editorconfig sections.
/// </summary>
public sealed class SuppressionTests
{
    private const string DuplicatePublishes = """
        using Contracts;
        namespace Shop;

        [Message("orders.order-placed")]
        public partial record OrderPlaced(int Quantity);

        [Publishes<OrderPlaced>]
        [Publishes<OrderPlaced>]
        public partial class OrdersPublisher;
        """;

    [Fact]
    public void NoWarnSuppressesTheWarning()
    {
        var compilation = GeneratorHarness.Compile(DuplicatePublishes);
        var options = compilation.Options.WithSpecificDiagnosticOptions(
            compilation.Options.SpecificDiagnosticOptions.SetItem("CTR0017", ReportDiagnostic.Suppress));

        Assert.Empty(GeneratorHarness.Run(compilation.WithOptions(options)).Diagnostics);
    }

    [Theory]
    [InlineData("none", null)]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    public void GlobalConfigSetsTheSeverity(string configured, DiagnosticSeverity? expected)
    {
        var compilation = EditorConfigOptions.Apply(
            GeneratorHarness.Compile(DuplicatePublishes), "/repo/.globalconfig", $"is_global = true\ndotnet_diagnostic.CTR0017.severity = {configured}\n");

        var reported = GeneratorHarness.Run((CSharpCompilation)compilation).Diagnostics;

        Assert.Equal(expected, reported.SingleOrDefault(d => d.Id == "CTR0017")?.Severity);
    }

    // The next two run DiagnosticReporter.Report with the compilation (what the pipeline must pass for pragmas and
    // per-file sections to apply) from a probe generator, on a CTR0017 placed where the real generator puts it.
    [Fact]
    public void PragmaSuppressesADiagnosticReportedInTheSyntaxTree()
    {
        var diagnostic = ReportThroughProbe(GeneratorHarness.Compile("""
            class Before { }
            #pragma warning disable CTR0017
            class [|Publisher|] { }
            #pragma warning restore CTR0017
            """));

        Assert.True(diagnostic!.IsSuppressed);
    }

    [Theory]
    [InlineData("none", null)]
    [InlineData("error", DiagnosticSeverity.Error)]
    public void EditorConfigSectionSetsTheSeverityOfADiagnosticReportedInTheSyntaxTree(string configured, DiagnosticSeverity? expected)
    {
        var compilation = EditorConfigOptions.Apply(
            GeneratorHarness.Compile(("/repo/src/File0.cs", "class [|Publisher|] { }")),
            "/repo/.editorconfig",
            $"root = true\n\n[*.cs]\ndotnet_diagnostic.CTR0017.severity = {configured}\n");

        Assert.Equal(expected, ReportThroughProbe(compilation)?.Severity);
    }

    /// <summary>Strips the [|...|] marker from the only tree, reports CTR0017 over it, returns what the driver kept.</summary>
    private static Diagnostic? ReportThroughProbe(Compilation marked)
    {
        var tree = marked.SyntaxTrees.Single();
        var markup = Markup.Parse(tree.ToString());
        var compilation = marked.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(markup.Source)));
        var location = LocationInfo.From(Location.Create(compilation.SyntaxTrees.Single(), markup.Span));
        var info = DiagnosticInfo.Create(DiagnosticDescriptors.DuplicatePublishes, location, "Publisher", "OrderPlaced");

        CSharpGeneratorDriver.Create(new ReportingProbe(info)).RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);
        return diagnostics.SingleOrDefault(d => d.Id == "CTR0017");
    }

    private sealed class ReportingProbe(DiagnosticInfo info) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
            => context.RegisterSourceOutput(context.CompilationProvider, (spc, compilation)
                => DiagnosticReporter.Report(spc, new EquatableArray<DiagnosticInfo>(new[] { info }), compilation));
    }
}
