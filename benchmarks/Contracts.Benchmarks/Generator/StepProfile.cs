using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Contracts.Benchmarks.Generator;

/// <summary>
/// <c>-- steps</c>: where a generator run over the <see cref="Fleet"/> spends its time, step by step (Roslyn's own
/// per-step timing from step tracking), for a cold run and both incremental edits. Evidence for a hot spot, not a benchmark.
/// </summary>
internal static class StepProfile
{
    public static void Run(TextWriter output)
    {
        var fleet = Fleet.Create();
        var compilation = fleet.NewCompilation();
        var options = new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true);
        var driver = CSharpGeneratorDriver.Create(new[] { Generators.Contracts() }, parseOptions: Fleet.ParseOptions, driverOptions: options);

        // Once to JIT, then the runs that are reported.
        _ = driver.RunGenerators(fleet.NewCompilation());
        var primed = Report(output, "cold run", () => driver.RunGenerators(compilation));
        var unrelated = compilation.ReplaceSyntaxTree(fleet.Tree(Fleet.UnrelatedPath), Fleet.EditedUnrelated());
        Report(output, "(a) edit in an unrelated method body", () => primed.RunGenerators(unrelated));
        var message = compilation.ReplaceSyntaxTree(fleet.Tree("Messages/Event500.cs"), Fleet.EditedMessage(500));
        Report(output, "(b) edit to one message", () => primed.RunGenerators(message));
    }

    private static GeneratorDriver Report(TextWriter output, string title, Func<GeneratorDriver> run)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var driver = run();
        clock.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var result = driver.GetRunResult().Results.Single();
        output.WriteLine($"{title}: {clock.Elapsed.TotalMilliseconds:F1} ms wall, {allocated / 1024.0 / 1024.0:F1} MB allocated");
        var steps = result.TrackedSteps.Concat(result.TrackedOutputSteps)
            .Select(step => (Name: step.Key, Runs: step.Value.Length, Time: step.Value.Aggregate(TimeSpan.Zero, (sum, run) => sum + run.ElapsedTime),
                Reasons: string.Join(" ", step.Value.SelectMany(run => run.Outputs).GroupBy(o => o.Reason).Select(g => $"{g.Key}={g.Count()}"))))
            .OrderByDescending(step => step.Time)
            .Take(12);
        foreach (var step in steps)
        {
            output.WriteLine($"  {step.Time.TotalMilliseconds,9:F2} ms  {step.Name,-28} runs={step.Runs,-5} {step.Reasons}");
        }

        return driver;
    }
}
