using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Contracts.Generator;
using Contracts.Generator.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Contracts.CodeFixes.Infrastructure;

/// <summary>
/// Runs the Contracts generator over a project as <c>dotnet build -p:UpdateContractsLock=true</c> would, for the fix
/// that needs the lock it writes. The engine that reported the diagnostics decides; the fix restates none of its rules.
/// </summary>
internal static class GeneratorRun
{
    // The IDE's compilation already holds what the generator produced; generated files live under this folder name.
    private static readonly string OutputFolder = typeof(ContractsGenerator).FullName!;

    // One run per compilation: a light bulb asks every fix of every diagnostic in range of the same snapshot.
    private static readonly ConditionalWeakTable<Compilation, Task<GeneratorVerdict>> Updated = new();

    /// <summary>The generator's diagnostics for <paramref name="project"/> with the lock being updated, and the lock it would write.</summary>
    public static async Task<GeneratorVerdict> RunAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
        if (compilation is null || project.ParseOptions is not CSharpParseOptions parseOptions)
        {
            return GeneratorVerdict.None;
        }

        var generated = await OwnOutputAsync(project, cancellationToken).ConfigureAwait(false);
        return await Updated.GetValue(compilation, c => Task.Run(() => Run(project, c.RemoveSyntaxTrees(generated), parseOptions), CancellationToken.None)).ConfigureAwait(false);
    }

    private static GeneratorVerdict Run(Project project, Compilation compilation, CSharpParseOptions parseOptions)
    {
        var options = project.AnalyzerOptions;
        var configuration = new UpdatingLock(options.AnalyzerConfigOptionsProvider);
        var driver = CSharpGeneratorDriver.Create(new[] { new ContractsGenerator().AsSourceGenerator() }, options.AdditionalFiles, parseOptions, configuration);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        var lockFile = result.GeneratedSources.FirstOrDefault(source => source.HintName == LockEmitter.HintName);
        return new GeneratorVerdict(result.Diagnostics, lockFile.SourceText is { } text ? LockTextIn(text.ToString()) : null);
    }

    /// <summary>The trees this generator added to the IDE's compilation; other generators' output stays.</summary>
    private static async Task<IEnumerable<SyntaxTree>> OwnOutputAsync(Project project, CancellationToken cancellationToken)
    {
        var trees = new List<SyntaxTree>();
        foreach (var document in await project.GetSourceGeneratedDocumentsAsync(cancellationToken).ConfigureAwait(false))
        {
            var path = document.FilePath ?? string.Empty;
            if (path.IndexOf(OutputFolder, StringComparison.Ordinal) >= 0 && await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false) is { } tree)
            {
                trees.Add(tree);
            }
        }

        return trees;
    }

    /// <summary>The JSON between the markers of the generated lock file, as the package's MSBuild step copies it.</summary>
    private static string? LockTextIn(string generated)
    {
        var begin = generated.IndexOf(LockEmitter.Begin + "\n", StringComparison.Ordinal);
        var end = generated.IndexOf(LockEmitter.End, StringComparison.Ordinal);
        return begin < 0 || end < begin ? null : generated.Substring(begin + LockEmitter.Begin.Length + 1, end - begin - LockEmitter.Begin.Length - 1);
    }

    /// <summary>The project's options with <c>UpdateContractsLock=true</c>, as <c>dotnet build -p:UpdateContractsLock=true</c> sets it.</summary>
    private sealed class UpdatingLock(AnalyzerConfigOptionsProvider inner) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new WithUpdate(inner.GlobalOptions);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => inner.GetOptions(tree);

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => inner.GetOptions(textFile);
    }

    private sealed class WithUpdate(AnalyzerConfigOptions inner) : AnalyzerConfigOptions
    {
        private const string Key = "build_property.UpdateContractsLock";

        public override bool TryGetValue(string key, out string value)
        {
            if (string.Equals(key, Key, StringComparison.OrdinalIgnoreCase))
            {
                value = "true";
                return true;
            }

            return inner.TryGetValue(key, out value!);
        }
    }
}

/// <summary>What one generator run decided: its diagnostics, and the lock text it would write (null when none).</summary>
internal sealed record GeneratorVerdict(ImmutableArray<Diagnostic> Diagnostics, string? LockText)
{
    public static GeneratorVerdict None { get; } = new(ImmutableArray<Diagnostic>.Empty, null);
}
