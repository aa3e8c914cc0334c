using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Contracts.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Contracts.Generator.Tests;

/// <summary>
/// Compiles C# sources in memory against the running framework and Contracts.Abstractions, runs the generator and
/// returns what it produced. Offline: the references are the assemblies this test process already loaded.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        // Touch the runtime so its assembly is loaded, then take everything the test host can see.
        _ = typeof(Contracts.MessageAttribute);
        _ = typeof(Microsoft.Extensions.DependencyInjection.ServiceCollection);
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    });

    public static CSharpCompilation Compile(params string[] sources) => Compile(sources.Select((s, i) => ($"File{i}.cs", s)).ToArray());

    public static CSharpCompilation Compile(params (string Path, string Source)[] sources)
        => CSharpCompilation.Create(
            "TestService",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Source, ParseOptions, path: s.Path)),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                // The SDK suppresses these unification notices by default; so do we.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    public static CSharpCompilation WithReferences(CSharpCompilation compilation, params MetadataReference[] references)
        => compilation.AddReferences(references);

    public static GeneratorDriver CreateDriver(bool trackSteps = false)
        => CSharpGeneratorDriver.Create(
            new[] { new ContractsGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static GeneratorResult Run(params string[] sources) => Run(Compile(sources));

    public static GeneratorResult Run(CSharpCompilation compilation)
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorResult(driver.GetRunResult(), output, generatorDiagnostics);
    }
}

/// <summary>One generator run: its files, its diagnostics, and the compilation with the files added.</summary>
internal sealed record GeneratorResult(GeneratorDriverRunResult RunResult, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IReadOnlyDictionary<string, string> Files => RunResult.Results.Single().GeneratedSources
        .ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    public IReadOnlyList<Diagnostic> Diagnostics => GeneratorDiagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();

    /// <summary>Errors and warnings of the whole compilation after generation: generated code must compile cleanly.</summary>
    public IReadOnlyList<Diagnostic> CompilationDiagnostics => Output.GetDiagnostics()
        .Where(d => d.Severity >= DiagnosticSeverity.Warning)
        .ToList();

    /// <summary>Loads the output into the test process, for round trips through the generated code.</summary>
    public System.Reflection.Assembly Load()
    {
        using var stream = new MemoryStream();
        var emit = Output.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, emit.Diagnostics));
        }

        return System.Reflection.Assembly.Load(stream.ToArray());
    }
}
