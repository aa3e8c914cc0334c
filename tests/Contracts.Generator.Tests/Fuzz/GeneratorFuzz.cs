using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Contracts.Generator.Tests.Fuzz;

/// <summary>One mutated input and what went wrong with it, if anything.</summary>
internal sealed record FuzzFinding(int Iteration, string SeedPath, IReadOnlyList<string> Mutations, string Kind, string Detail, string Input);

/// <summary>
/// Runs the generator over mutated versions of the seeds, one seed file mutated per iteration and the others unchanged,
/// and checks what must hold for every input a person can type: the generator does not throw (CS8785 would drop all
/// of its output), reports no CTR9999, generates only code that parses, and gives the same output and diagnostics when
/// the compiler is handed the files in the reverse order (as the IDE and the command line may do).
/// </summary>
internal static class GeneratorFuzz
{
    public static IEnumerable<FuzzFinding> Run(int seed, int from, int iterations)
    {
        var seeds = FuzzSeeds.All;
        var trees = seeds.Select(s => CSharpSyntaxTree.ParseText(s.Text, GeneratorHarness.ParseOptions, s.Path)).ToArray();

        // Built once: replacing one tree keeps the references bound, which is most of the cost of a compilation.
        var forward = GeneratorHarness.Compile(Array.Empty<(string, string)>()).AddSyntaxTrees(trees);
        var backward = GeneratorHarness.Compile(Array.Empty<(string, string)>()).AddSyntaxTrees(trees.Reverse());
        for (var iteration = from; iteration < from + iterations; iteration++)
        {
            var random = new Random(unchecked((seed * 1_000_003) ^ iteration));
            var target = random.Next(seeds.Count);
            var (text, mutations) = SourceMutator.Mutate(seeds[target].Text, random);
            var mutated = CSharpSyntaxTree.ParseText(text, GeneratorHarness.ParseOptions, seeds[target].Path);
            var pair = (forward.ReplaceSyntaxTree(trees[target], mutated), backward.ReplaceSyntaxTree(trees[target], mutated));
            foreach (var (kind, detail) in Check(pair.Item1, pair.Item2))
            {
                yield return new FuzzFinding(iteration, seeds[target].Path, mutations, kind, detail, text);
            }
        }
    }

    /// <summary>The unmutated seeds: what every iteration starts from must itself be clean.</summary>
    public static IEnumerable<(string Kind, string Detail)> CheckSeeds()
    {
        var trees = FuzzSeeds.All.Select(s => CSharpSyntaxTree.ParseText(s.Text, GeneratorHarness.ParseOptions, s.Path)).ToArray();
        return Check(
            GeneratorHarness.Compile(Array.Empty<(string, string)>()).AddSyntaxTrees(trees),
            GeneratorHarness.Compile(Array.Empty<(string, string)>()).AddSyntaxTrees(trees.Reverse()));
    }

    /// <param name="forward">The files in one order.</param>
    /// <param name="backward">The same files in the reverse order.</param>
    public static IEnumerable<(string Kind, string Detail)> Check(Compilation forward, Compilation backward)
    {
        var first = Generate(forward);
        foreach (var problem in Problems(first))
        {
            yield return problem;
        }

        var second = Generate(backward);
        if (first.Signature != second.Signature)
        {
            yield return ("order", FirstDifference(first.Signature, second.Signature));
        }
    }

    private static IEnumerable<(string Kind, string Detail)> Problems(Output output)
    {
        if (output.Result.Exception is { } exception)
        {
            yield return ("exception", exception.ToString());
        }

        foreach (var diagnostic in output.Diagnostics.Where(d => d.Id is "CS8785" or "CS8784" or "CTR9999"))
        {
            yield return (diagnostic.Id == "CTR9999" ? "CTR9999" : "exception", diagnostic.ToString());
        }

        foreach (var source in output.Result.GeneratedSources)
        {
            var error = source.SyntaxTree.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            if (error is not null)
            {
                yield return ("unparseable", source.HintName + ": " + error);
            }
        }
    }

    private static Output Generate(Compilation compilation)
    {
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var result = driver.GetRunResult().Results.Single();
        var files = result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => "== " + s.HintName + "\n" + s.SourceText);
        var diagnostics = result.Diagnostics.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal);
        return new Output(result, result.Diagnostics, string.Join("\n", files.Concat(diagnostics)));
    }

    private static string FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        string Around(string s) => s.Substring(Math.Max(0, i - 200), Math.Min(s.Length, i + 200) - Math.Max(0, i - 200));
        return "files in order:\n" + Around(a) + "\n--- files reversed:\n" + Around(b);
    }

    /// <summary>Writes a finding's input where a person can open it, and says how to replay it.</summary>
    public static string Describe(FuzzFinding finding, int seed)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "fuzz-findings");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"iteration-{finding.Iteration}.cs");
        File.WriteAllText(file, finding.Input);
        return $"iteration {finding.Iteration} ({finding.Kind}) of {finding.SeedPath} [{string.Join("; ", finding.Mutations)}]\n"
            + $"  input: {file}\n  replay: CONTRACTS_GENFUZZ_SEED={seed} CONTRACTS_GENFUZZ_FROM={finding.Iteration} CONTRACTS_GENFUZZ_ITERATIONS=1\n"
            + "  " + finding.Detail.Replace("\n", "\n  ");
    }

    private sealed record Output(GeneratorRunResult Result, ImmutableArray<Diagnostic> Diagnostics, string Signature);
}
