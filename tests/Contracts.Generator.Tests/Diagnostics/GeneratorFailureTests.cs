using System;
using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Specs;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Generator.Tests.Diagnostics;

/// <summary>
/// CTR9999 cannot be caused from source (it is a generator bug by definition), so these tests drive the two helpers
/// that turn an exception into it: a crash must become one diagnostic, never CS8785 with every generated file dropped.
/// </summary>
public sealed class GeneratorFailureTests
{
    [Fact]
    public void CTR9999_GuardTurnsAnExceptionIntoOneDiagnosticAndKeepsOtherOutputs()
    {
        var driver = CSharpGeneratorDriverFor(new ThrowingGenerator());
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compile("class C { }"), out var output, out var driverDiagnostics);
        var result = driver.GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        Assert.Empty(driverDiagnostics.Where(d => d.Id == "CS8785"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CTR9999", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.StartsWith(
            "The Contracts generator failed while processing 'OrderPlaced': InvalidOperationException: the emitter broke (",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith(". Please report this with the code that causes it.", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new[] { "Kept.g.cs" }, result.GeneratedSources.Select(s => s.HintName));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void CTR9999_GuardLetsCancellationThrough()
    {
        var driver = CSharpGeneratorDriverFor(new ThrowingGenerator(new OperationCanceledException()));
        var result = driver.RunGenerators(GeneratorHarness.Compile("class C { }")).GetRunResult().Results.Single();

        // Cancellation is not a bug: Guard must not report it as CTR9999 (the driver handles it).
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CTR9999");
    }

    [Fact]
    public void CTR9999_FailureCarriesTheSubjectTheExceptionAndTheLocation()
    {
        var tree = GeneratorHarness.Compile("public partial record OrderPlaced(int Quantity);").SyntaxTrees.Single();
        var location = LocationInfo.From(tree.GetRoot().DescendantNodes().First());
        var info = Diagnose.Failure("OrderPlaced", new ArgumentException("bad member"), location);

        Assert.Equal("CTR9999", info.Id);
        Assert.Equal(location, info.Location);
        Assert.Equal("OrderPlaced", info.Arguments[0]);
        Assert.StartsWith("ArgumentException: bad member", info.Arguments[1]);
    }

    private static GeneratorDriver CSharpGeneratorDriverFor(IIncrementalGenerator generator)
        => Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(generator);

    /// <summary>An emit step that throws, run through the same Guard the real pipeline uses, next to one that works.</summary>
    private sealed class ThrowingGenerator(Exception? exception = null) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            context.RegisterSourceOutput(context.CompilationProvider, (spc, _) =>
            {
                Guard.Run(spc, "OrderPlaced", () => throw exception ?? new InvalidOperationException("the emitter broke"));
                Guard.Run(spc, "Kept", () => spc.AddSource("Kept.g.cs", "// kept"));
            });
        }
    }
}
