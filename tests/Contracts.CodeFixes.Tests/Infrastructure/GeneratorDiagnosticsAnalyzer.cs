using System.Collections.Immutable;
using System.Linq;
using Contracts.Generator;
using Contracts.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Contracts.CodeFixes.Tests.Infrastructure;

/// <summary>
/// The generator's diagnostics as an analyzer's, so that the code fix testing library sees them where the IDE does
/// (Roslyn offers fixes for generator diagnostics since VS 17.7, dotnet/roslyn#67953). It runs the real generator over
/// the test's compilation with the project's additional files and options: the diagnostics under test are the build's.
/// Each file's diagnostics are reported from that file's semantic model, as local diagnostics, which is how the IDE
/// treats a generator's; those in no source file (a lock's line) are reported for the compilation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratorDiagnosticsAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.All.ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSemanticModelAction(model =>
        {
            foreach (var diagnostic in Run(model.SemanticModel.Compilation, model.Options).Where(d => d.Location.SourceTree == model.SemanticModel.SyntaxTree))
            {
                model.ReportDiagnostic(diagnostic);
            }
        });
        context.RegisterCompilationAction(compilation =>
        {
            foreach (var diagnostic in Run(compilation.Compilation, compilation.Options).Where(d => d.Location.SourceTree is null))
            {
                compilation.ReportDiagnostic(diagnostic);
            }
        });
    }

    private static ImmutableArray<Diagnostic> Run(Compilation compilation, AnalyzerOptions options)
    {
        var parseOptions = compilation.SyntaxTrees.FirstOrDefault()?.Options as CSharpParseOptions;
        var driver = CSharpGeneratorDriver.Create(
            new[] { new ContractsGenerator().AsSourceGenerator() }, options.AdditionalFiles, parseOptions, options.AnalyzerConfigOptionsProvider);
        return driver.RunGenerators(compilation).GetRunResult().Diagnostics;
    }
}
