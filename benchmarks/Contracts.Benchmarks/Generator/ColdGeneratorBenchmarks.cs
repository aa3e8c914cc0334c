using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace Contracts.Benchmarks.Generator;

/// <summary>
/// Issue 7, figure 1: one full generator run over the 1,000-message <see cref="Fleet"/>, Contracts against the
/// System.Text.Json source generator on the same records. Each run gets a new compilation of the already-parsed trees,
/// so neither generator profits from symbols the other (or an earlier run) bound.
/// </summary>
[MemoryDiagnoser]
public class ColdGeneratorBenchmarks
{
    private Fleet _fleet = null!;
    private ISourceGenerator _contracts = null!;
    private ISourceGenerator _systemTextJson = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fleet = Fleet.Create();
        _contracts = Generators.Contracts();
        _systemTextJson = Generators.SystemTextJson();

        // Contracts: a contract file per message and per nested record, an enum file per enum, a publisher file each.
        Generators.Check(SystemTextJson(), atLeastFiles: Fleet.MessageCount);
        Generators.Check(Contracts(), atLeastFiles: Fleet.MessageCount + Fleet.PublisherCount);
    }

    [Benchmark(Baseline = true, Description = "STJ source generator, 1,000 records")]
    public GeneratorDriver SystemTextJson() => Generators.Driver(_systemTextJson).RunGenerators(_fleet.NewCompilation());

    [Benchmark(Description = "Contracts generator, 1,000 messages")]
    public GeneratorDriver Contracts() => Generators.Driver(_contracts).RunGenerators(_fleet.NewCompilation());
}
