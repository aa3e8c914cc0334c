using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using Contracts.Generator.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Contracts.Generator.Tests.Incremental;

/// <summary>
/// IncrementalTests at the scale of issue 7's benchmark (1,000 messages, 1,000 consumers, 100 publishers): a keystroke
/// in an unrelated method regenerates nothing, and an edit to one message regenerates that message's file alone. What
/// such an edit costs in time is measured by benchmarks/Contracts.Benchmarks, never asserted here.
/// </summary>
public sealed class LargeCompilationIncrementalTests
{
    private const int MessageCount = 1_000;
    private const int PublisherCount = 100;
    private const int EditedMessage = 500;

    private static readonly Lazy<(GeneratorDriver Driver, CSharpCompilation Compilation)> Primed = new(RunOnce);

    [Fact]
    public void The_first_run_generates_every_contract_without_errors()
    {
        var result = Primed.Value.Driver.GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(MessageCount, result.GeneratedSources.Count(s => s.HintName.EndsWith(".Contract.g.cs", StringComparison.Ordinal) && s.HintName.Contains(".Event", StringComparison.Ordinal)));
        Assert.Equal(PublisherCount, result.GeneratedSources.Count(s => s.HintName.EndsWith(".Publisher.g.cs", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_edit_in_an_unrelated_method_body_regenerates_nothing()
    {
        var result = Rerun("Pricing.cs", Unrelated("0.20m"));

        Assert.All(OutputsThatRan(result), input => Assert.True(ReportsOnly(input), $"an output that adds source re-ran for {input}"));
        Assert.Empty(ChangedFiles(result));
        foreach (var step in new[] { TrackingNames.MessageSpecs, TrackingNames.NestedTypes, TrackingNames.Enums, TrackingNames.PublisherSpecs, TrackingNames.Service, TrackingNames.LocalContracts, TrackingNames.Usages })
        {
            Assert.All(result.TrackedSteps[step].SelectMany(run => run.Outputs), output =>
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {output.Reason}"));
        }
    }

    [Fact]
    public void An_edit_to_one_message_regenerates_only_that_message()
    {
        var result = Rerun($"Event{EditedMessage}.cs", Message(EditedMessage, extraMember: "int Revision = 0"));

        var modified = result.TrackedSteps[TrackingNames.MessageSpecs].SelectMany(run => run.Outputs)
            .Where(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .Select(output => ((ContractTypeSpec)output.Value).Declaration.Name);
        Assert.Equal(new[] { $"Event{EditedMessage}" }, modified);

        var regenerated = OutputsThatRan(result).Where(input => !ReportsOnly(input)).ToList();
        // A file's output takes its spec with the (here empty) set of hint names that clash.
        var spec = Assert.IsType<ContractTypeSpec>(Assert.IsAssignableFrom<ITuple>(Assert.Single(regenerated))[0]);
        Assert.Equal($"Event{EditedMessage}", spec.Declaration.Name);
        Assert.Equal(new[] { $"Fleet.Domain{EditedMessage / 100}.Event{EditedMessage}.Contract.g.cs" }, ChangedFiles(result));
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) RunOnce()
    {
        var sources = new List<(string Path, string Source)>();
        sources.AddRange(Enumerable.Range(0, MessageCount).Select(i => ($"Event{i}.cs", Message(i))));
        sources.AddRange(Enumerable.Range(0, MessageCount / 10).Select(file => ($"Handlers{file}.cs", Consumers(file * 10))));
        sources.AddRange(Enumerable.Range(0, PublisherCount).Select(p => ($"Publisher{p}.cs", Publisher(p))));
        sources.Add(("Pricing.cs", Unrelated("0.10m")));
        var compilation = GeneratorHarness.Compile(sources.ToArray());
        return (GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation), compilation);
    }

    private static GeneratorRunResult Rerun(string path, string source)
    {
        var (driver, compilation) = Primed.Value;
        var old = compilation.SyntaxTrees.Single(tree => tree.FilePath == path);
        var edited = compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path));
        return driver.RunGenerators(edited).GetRunResult().Results.Single();
    }

    /// <summary>The input of every output (RegisterSourceOutput) run that did not come from the cache.</summary>
    private static IEnumerable<object?> OutputsThatRan(GeneratorRunResult result)
        => result.TrackedOutputSteps.SelectMany(step => step.Value)
            .Where(run => run.Outputs.Any(output => output.Reason != IncrementalStepRunReason.Cached))
            .Select(run => run.Inputs.Single())
            .Select(input => input.Source.Outputs[input.OutputIndex].Value);

    // The two diagnostics outputs take the compilation so #pragma and .editorconfig apply: they run on every edit by
    // design and add no source unless the lock is being updated (see IncrementalTests.UnrelatedEditRegeneratesNothing).
    private static bool ReportsOnly(object? input) => input is ITuple { Length: 2 } pair && pair[1] is Compilation;

    private static IEnumerable<string> ChangedFiles(GeneratorRunResult result)
    {
        var before = Primed.Value.Driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var after = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        return before.Keys.Union(after.Keys)
            .Where(name => !before.TryGetValue(name, out var old) || !after.TryGetValue(name, out var now) || old != now)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToList();
    }

    // Shapes vary per message: 5 to 30 members cycling through the wire types, each message with its own nested record
    // and enum; every fourth ends with a defaulted member.
    private static string Message(int i, string? extraMember = null)
    {
        string[] types =
        [
            "int", "string", "decimal", "DateTimeOffset", "bool", $"Part{i}", "long", $"State{i}", "IReadOnlyList<string>",
            "double", "DateOnly", $"IReadOnlyList<Part{i}>", "TimeSpan", "string?", "int?", "IReadOnlyDictionary<string, decimal>",
            "Guid", $"State{i}?", "int[]",
        ];
        var members = new List<string> { "Guid Id" };
        members.AddRange(Enumerable.Range(1, 4 + i * 7 % 26).Select(m => $"{types[(i + m * 3) % types.Length]} F{m}"));
        if (i % 4 == 0)
        {
            members.Add("string? Note = null");
        }

        if (extraMember is not null)
        {
            members.Add(extraMember);
        }

        return $$"""
            using System;
            using System.Collections.Generic;
            using Contracts;

            namespace Fleet.Domain{{i / 100}};

            public enum State{{i}} { Pending, Active, Closed }

            public partial record Part{{i}}(string Code, int Quantity, IReadOnlyList<string> Tags);

            [Message("fleet.event-{{i}}", Version = {{1 + i % 3}})]
            public partial record Event{{i}}({{string.Join(", ", members)}});
            """;
    }

    private static string Consumers(int first)
    {
        var text = new StringBuilder("using System.Threading;\nusing System.Threading.Tasks;\nusing Contracts;\n\nnamespace Fleet.Handlers;\n");
        foreach (var i in Enumerable.Range(first, 10))
        {
            var message = $"global::Fleet.Domain{i / 100}.Event{i}";
            text.Append($"\npublic sealed class Handle{i} : IConsumer<{message}>\n{{\n    public ValueTask ConsumeAsync({message} message, MessageContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;\n}}\n");
        }

        return text.ToString();
    }

    private static string Publisher(int p)
        => "using Contracts;\n\nnamespace Fleet.Publishing;\n\n"
        + string.Concat(Enumerable.Range(p * 10, 10).Select(i => $"[Publishes<global::Fleet.Domain{i / 100}.Event{i}>]\n"))
        + $"public partial class Publisher{p};\n";

    private static string Unrelated(string rate)
        => $"namespace Fleet.Shipping;\n\npublic static class Rates\n{{\n    public static decimal PerKilo(decimal weight) => weight * {rate};\n}}\n";
}
