using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Contracts.CodeFixes.Tests.Infrastructure;

/// <summary>
/// A code fix test against the generator's own diagnostics, offline: the references are the assemblies of this test
/// process (as the generator tests compile), plus Contracts.Abstractions. Sources see the SDK's implicit usings.
/// </summary>
internal sealed class FixTest<TFix> : CSharpCodeFixTest<GeneratorDiagnosticsAnalyzer, TFix, DefaultVerifier>
    where TFix : CodeFixProvider, new()
{
    /// <summary>Where the project's lock is, as the package's props place it beside the project.</summary>
    public const string LockPath = "/0/contracts.lock.json";

    // What an SDK project with ImplicitUsings sees: the fixes must write code that compiles there.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        _ = typeof(Contracts.MessageAttribute);
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    });

    private const string UsingsPath = "/0/GlobalUsings.cs";

    private readonly bool _implicitUsings;

    // One global config for the project: the properties, then a section per manifest.
    private readonly List<string> _config = ["is_global = true"];

    public FixTest(bool implicitUsings = true)
    {
        // A framework with no reference package: nothing is downloaded; the references are added below.
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(References.Value);
        _implicitUsings = implicitUsings;
    }

    /// <summary>Gives the project a committed lock (and the property the package sets, so a missing one would be reported).</summary>
    public FixTest<TFix> WithLock(string lockText)
    {
        TestState.AdditionalFiles.Add((LockPath, lockText));
        return WithProperty("ContractsLockFile", LockPath);
    }

    /// <summary>Another service's manifest, as <c>&lt;ContractManifest Include="..." /&gt;</c> passes it on.</summary>
    public FixTest<TFix> WithManifest(string path, string manifestText)
    {
        TestState.AdditionalFiles.Add((path, manifestText));
        _config.Add($"[{path}]");
        _config.Add("build_metadata.AdditionalFiles.ContractsKind = Manifest");
        return this;
    }

    /// <summary>An MSBuild property the package passes to the generator (<c>ContractsServiceName</c>, ...).</summary>
    public FixTest<TFix> WithProperty(string name, string value)
    {
        // Properties before the first section: they are global.
        _config.Insert(1, $"build_property.{name} = {value}");
        return this;
    }

    // Added last, to every state that lists its sources, so that FixedCode/BatchFixedCode stay the code under test alone.
    protected override Task RunImplAsync(CancellationToken cancellationToken)
    {
        foreach (var state in new[] { TestState, FixedState, BatchFixedState }.Where(s => _implicitUsings && s.Sources.Count > 0))
        {
            state.Sources.Add((UsingsPath, ImplicitUsings));
        }

        // The fixed states inherit it, with the additional files.
        if (_config.Count > 1)
        {
            TestState.AnalyzerConfigFiles.Add(("/.globalconfig", string.Join("\n", _config)));
        }

        return base.RunImplAsync(cancellationToken);
    }

    protected override CompilationOptions CreateCompilationOptions()
        => ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);

    protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest);
}
