using System;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace Contracts.Generator.Tests.Fuzz;

/// <summary>
/// The generator on half-typed code: a few hundred seeded mutations of the samples in every test run; the same test
/// runs long with CONTRACTS_GENFUZZ_ITERATIONS (see docs/reliability.md), and CONTRACTS_GENFUZZ_SEED / _FROM replay
/// one iteration that failed.
/// </summary>
public sealed class GeneratorFuzzTests
{
    private readonly ITestOutputHelper _output;

    public GeneratorFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void TheSeedsThemselvesAreClean()
    {
        var problems = GeneratorFuzz.CheckSeeds().ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => p.Kind + ": " + p.Detail)));
    }

    [Fact]
    public void HalfTypedCodeNeverBreaksTheGenerator()
    {
        var seed = Setting("CONTRACTS_GENFUZZ_SEED", 20261201);
        var from = Setting("CONTRACTS_GENFUZZ_FROM", 0);
        var iterations = Setting("CONTRACTS_GENFUZZ_ITERATIONS", 300);
        var started = DateTime.UtcNow;

        var findings = GeneratorFuzz.Run(seed, from, iterations).ToList();

        var byKind = string.Join(", ", findings.GroupBy(f => f.Kind).Select(g => $"{g.Key}: {g.Select(f => f.Iteration).Distinct().Count()}"));
        _output.WriteLine($"genfuzz (tests): {iterations} iterations from {from}, seed {seed}, {(DateTime.UtcNow - started).TotalSeconds:0.0} s; "
            + (findings.Count == 0 ? "no findings" : byKind));
        Assert.True(findings.Count == 0, string.Join("\n\n", findings.Take(5).Select(f => GeneratorFuzz.Describe(f, seed))) + "\n\nall: " + byKind);
    }

    private static int Setting(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), out var value) ? value : fallback;
}
