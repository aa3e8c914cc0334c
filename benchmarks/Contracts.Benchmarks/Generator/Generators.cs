using System.Reflection;
using Contracts.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Contracts.Benchmarks.Generator;

/// <summary>The two generators under test and one way to run either.</summary>
internal static class Generators
{
    public static ISourceGenerator Contracts() => new ContractsGenerator().AsSourceGenerator();

    /// <summary>System.Text.Json's source generator, exactly as the SDK ships it in the reference pack.</summary>
    public static ISourceGenerator SystemTextJson()
    {
        var path = Path.Combine(ReferenceAssemblies.NewestPack(), "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");
        var reference = new AnalyzerFileReference(path, new Loader());
        var generators = reference.GetGenerators(LanguageNames.CSharp).ToList();
        return generators.Count == 1
            ? generators[0]
            : throw new InvalidOperationException($"{path} holds {generators.Count} generators; is this Roslyn too old to load it?");
    }

    public static GeneratorDriver Driver(ISourceGenerator generator)
        => CSharpGeneratorDriver.Create(new[] { generator }, parseOptions: Fleet.ParseOptions);

    /// <summary>Fails loudly if a run produced nothing or reported an error: a benchmark of a broken run measures nothing.</summary>
    public static void Check(GeneratorDriver driver, int atLeastFiles)
    {
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            throw new InvalidOperationException("the generator threw", result.Exception);
        }

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0 || result.GeneratedSources.Length < atLeastFiles)
        {
            throw new InvalidOperationException(
                $"{result.Generator.GetGeneratorType().Name}: {result.GeneratedSources.Length} files, errors: {string.Join("; ", errors.Take(5))}");
        }
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
