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
        => Run(lockText, properties, Array.Empty<(string, string)>(), sources);

    /// <summary>With other services' manifests, passed as the package's targets pass &lt;ContractManifest&gt; items.</summary>
    public static GeneratorResult Run(string? lockText, IReadOnlyDictionary<string, string>? properties, (string Path, string Text)[] manifests, params string[] sources)
    {
        var compilation = GeneratorHarness.Compile(sources);
        var run = CreateDriver(lockText, properties, manifests).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorResult(run.GetRunResult(), output, diagnostics);
    }

    /// <summary>A driver with step tracking, for tests that run it again after an edit.</summary>
    public static GeneratorDriver CreateDriver(string? lockText, IReadOnlyDictionary<string, string>? properties, (string Path, string Text)[] manifests)
        => CreateDriver(lockText, properties, manifests.Select(m => Text(m.Path, m.Text)).ToArray());

    /// <summary>With the manifests as texts the caller keeps, to replace one later (an edit).</summary>
    public static GeneratorDriver CreateDriver(string? lockText, IReadOnlyDictionary<string, string>? properties, AdditionalText[] manifests)
    {
        var texts = (lockText is null ? Enumerable.Empty<AdditionalText>() : new AdditionalText[] { new InMemoryText(LockPath, lockText) })
            .Concat(manifests)
            .ToImmutableArray();
        // As the package's props do: the lock's place is known for a project built by MSBuild.
        var all = new Dictionary<string, string> { ["ContractsLockFile"] = LockPath };
        foreach (var (key, value) in properties ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        var options = new Options(all, manifests.Select(m => m.Path).ToHashSet());
        return CSharpGeneratorDriver.Create(
            new[] { new ContractsGenerator().AsSourceGenerator() }, texts, GeneratorHarness.ParseOptions, options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static AdditionalText Text(string path, string text) => new InMemoryText(path, text);

    /// <summary>An additional file whose text cannot be read (GetText returns null), as for a path that does not exist.</summary>
    public static AdditionalText Unreadable(string path) => new UnreadableText(path);


    /// <summary>What <c>dotnet build -p:UpdateContractsLock=true</c> would write for these sources.</summary>
    public static string Lock(string? previous, params string[] sources) => LockOf(null, previous, sources);

    /// <summary>The lock a service named <paramref name="service"/> would write: what other services read as its manifest.</summary>
    public static string LockOf(string? service, string? previous, params string[] sources)
    {
        var properties = new Dictionary<string, string>(Update);
        if (service is not null)
        {
            properties["ContractsServiceName"] = service;
        }

        var result = Run(previous, properties, sources);
        var file = result.Files.TryGetValue(LockEmitter.HintName, out var text) ? text : throw new InvalidOperationException(
            "no lock was emitted: " + string.Join("; ", result.Diagnostics));
        var begin = file.IndexOf(LockEmitter.Begin, StringComparison.Ordinal) + LockEmitter.Begin.Length + 1;
        return file.Substring(begin, file.IndexOf(LockEmitter.End, StringComparison.Ordinal) - begin);
    }

    public static readonly IReadOnlyDictionary<string, string> Update = new Dictionary<string, string> { ["UpdateContractsLock"] = "true" };

    private sealed class UnreadableText(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class Options(IReadOnlyDictionary<string, string> properties, HashSet<string> manifests) : AnalyzerConfigOptionsProvider
    {
        private static readonly Values Manifest = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.ContractsKind"] = "Manifest" });

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => manifests.Contains(textFile.Path) ? Manifest : Values.Empty;
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Values Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
