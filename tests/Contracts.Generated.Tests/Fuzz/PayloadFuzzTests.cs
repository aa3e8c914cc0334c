using System.Globalization;
using Xunit.Abstractions;

namespace Contracts.Generated.Tests.Fuzz;

/// <summary>
/// The payload fuzz: mutated bodies of every wire type through the generated readers. Only typed errors with a path,
/// no hang, and everything read is written back into a body that reads to the same bytes.
/// </summary>
/// <remarks>
/// CI runs a few thousand bodies. A long run: <c>CONTRACTS_FUZZ_BODIES=100000 dotnet test tests/Contracts.Generated.Tests
/// --filter FullyQualifiedName~PayloadFuzzTests --logger "console;verbosity=detailed"</c> (CONTRACTS_FUZZ_SEED picks
/// another corpus); docs/reliability.md has the figures and the run against the packed packages.
/// </remarks>
public sealed class PayloadFuzzTests(ITestOutputHelper output)
{
    private const int DefaultBodies = 4000;
    private const int DefaultSeed = 11;

    [Fact]
    public async Task Mutated_bodies_give_only_typed_errors_and_what_reads_writes_back_stably()
    {
        var bodies = Setting("CONTRACTS_FUZZ_BODIES", DefaultBodies);
        var fuzzer = new PayloadFuzzer(FuzzCorpus.Targets(), Setting("CONTRACTS_FUZZ_SEED", DefaultSeed));

        // A hang guard, not a speed check: even a slow machine does a body in far less than 50 ms on average.
        var report = await Task.Run(() => fuzzer.Run(bodies)).WaitAsync(TimeSpan.FromSeconds(60 + (bodies / 20)));

        output.WriteLine(report.Details());
        Assert.True(report.FailureCount == 0, report.Details());
        Assert.Equal(bodies, report.Bodies);
        // Both outcomes must be common, or the corpus is not testing what it claims to.
        Assert.InRange(report.Read, bodies / 20, bodies);
        Assert.InRange(report.TypedErrors, bodies / 2, bodies);
    }

    [Fact]
    public void Every_seed_body_reads_and_writes_back_to_itself()
    {
        foreach (var target in FuzzCorpus.Targets())
        {
            foreach (var seed in target.Seeds)
            {
                Assert.Equal(seed, target.Write(target.Read(seed)));
            }
        }
    }

    [Fact]
    public void A_body_is_the_same_for_the_same_seed_and_index_and_another_seed_makes_other_bodies()
    {
        var first = new PayloadFuzzer(FuzzCorpus.Targets(), 5);
        var second = new PayloadFuzzer(FuzzCorpus.Targets(), 5);
        var other = new PayloadFuzzer(FuzzCorpus.Targets(), 6);

        var differ = 0;
        for (var index = 0; index < 200; index++)
        {
            Assert.Equal(first.Body(index).Body, second.Body(index).Body);
            differ += first.Body(index).Body.AsSpan().SequenceEqual(other.Body(index).Body) ? 0 : 1;
        }

        Assert.InRange(differ, 190, 200);
    }

    private static int Setting(string name, int fallback)
        => Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
