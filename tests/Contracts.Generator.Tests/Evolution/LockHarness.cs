using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Contracts.Generator.Emitting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Contracts.Generator.Tests.Evolution;

/// <summary>
/// Runs the generator as MSBuild would for a project with a committed lock: the lock as an additional file and the
/// Contracts MSBuild properties as global options.
/// </summary>
internal static class LockHarness
{
    public const string LockPath = "/project/contracts.lock.json";

    public static GeneratorResult Run(string? lockText, IReadOnlyDictionary<string, string>? properties, params string[] sources)
    {
        var compilation = GeneratorHarness.Compile(sources);
        var texts = lockText is null ? ImmutableArray<AdditionalText>.Empty : ImmutableArray.Create<AdditionalText>(new InMemoryText(LockPath, lockText));
        // As the package's props do: the lock's place is known for a project built by MSBuild.
        var all = new Dictionary<string, string> { ["ContractsLockFile"] = LockPath };
        foreach (var (key, value) in properties ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var options = new Options(all);
        var driver = CSharpGeneratorDriver.Create(
            new[] { new ContractsGenerator().AsSourceGenerator() }, texts, GeneratorHarness.ParseOptions, options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var run = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorResult(run.GetRunResult(), output, diagnostics);
    }

    /// <summary>What <c>dotnet build -p:UpdateContractsLock=true</c> would write for these sources.</summary>
    public static string Lock(string? previous, params string[] sources)
    {
        var result = Run(previous, Update, sources);
        var file = result.Files.TryGetValue(LockEmitter.HintName, out var text) ? text : throw new InvalidOperationException(
            "no lock was emitted: " + string.Join("; ", result.Diagnostics));
        var begin = file.IndexOf(LockEmitter.Begin, StringComparison.Ordinal) + LockEmitter.Begin.Length + 1;
        return file.Substring(begin, file.IndexOf(LockEmitter.End, StringComparison.Ordinal) - begin);
    }

    public static readonly IReadOnlyDictionary<string, string> Update = new Dictionary<string, string> { ["UpdateContractsLock"] = "true" };

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class Options(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values.Empty;
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Values Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
