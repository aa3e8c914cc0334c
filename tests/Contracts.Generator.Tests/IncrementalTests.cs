using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Contracts.Generator.Tests;

/// <summary>
/// The generator runs on every keystroke: an edit that does not touch a contract must regenerate nothing, and an edit
/// to one message must regenerate only that message's files.
/// </summary>
public sealed class IncrementalTests
{
    private const string Unrelated = """
        namespace Shop.Orders;

        public static class Pricing
        {
            public static decimal Discount(decimal total) => total * 0.1m;
        }
        """;

    private const string Cancelled = """
        using System;
        using Contracts;

        namespace Shop.Orders;

        [Message("orders.order-cancelled")]
        public partial record OrderCancelled(Guid OrderId, string Reason);
        """;

    // A v1 → v2 migration: an upcaster and a consumer of v2 (the upcast steps and the dispatcher have input).
    private const string Upcasts = """
        using System.Threading;
        using System.Threading.Tasks;
        using Contracts;

        namespace Shop.Shipping;

        [Message("billing.payment-captured", Version = 1, Aliases = new[] { "billing.payment-taken" })]
        public partial record PaymentCapturedV1(string OrderId);

        [Message("billing.payment-captured", Version = 2)]
        public partial record PaymentCaptured(string OrderId, string Currency);

        public sealed class PaymentV1ToV2 : IUpcast<PaymentCapturedV1, PaymentCaptured>
        {
            public PaymentCaptured Upcast(PaymentCapturedV1 message) => new(message.OrderId, "EUR");
        }

        public sealed class Ship : IConsumer<PaymentCaptured>
        {
            public ValueTask ConsumeAsync(PaymentCaptured message, MessageContext context, CancellationToken cancellationToken) => default;
        }
        """;

    // Every step the pipeline names (read from TrackingNames, so that a new step cannot be left out of these tests).
    private static readonly string[] OurSteps = typeof(TrackingNames)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Select(field => (string)field.GetValue(null)!)
        .ToArray();

    public static readonly TheoryData<string> TrackedSteps = new(OurSteps);

    [Fact]
    public void UnrelatedEditRegeneratesNothing()
    {
        var (driver, compilation) = RunOnce();
        var edited = Replace(compilation, "File2.cs", Unrelated.Replace("0.1m", "0.2m"));

        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertAllCachedOrUnchanged(result);

        // The one output that reports diagnostics takes the compilation (so that #pragma and .editorconfig apply to
        // them) and therefore runs on every edit; every output that adds source must stay cached.
        foreach (var run in result.TrackedOutputSteps.SelectMany(step => step.Value))
        {
            var reportsOnly = run.Inputs.Any(input => input.Source.Outputs[input.OutputIndex].Value is ITuple { Length: 2 } pair && pair[1] is Compilation);
            Assert.True(reportsOnly || run.Outputs.All(output => output.Reason == IncrementalStepRunReason.Cached),
                $"an output step re-ran: {string.Join(", ", run.Outputs.Select(o => o.Reason))}");
        }

        Assert.Equal(1, result.TrackedOutputSteps.SelectMany(step => step.Value)
            .Count(run => run.Outputs.Any(output => output.Reason != IncrementalStepRunReason.Cached)));
    }

    [Fact]
    public void UnrelatedEditWithUpcastersRegeneratesNothing()
    {
        var compilation = GeneratorHarness.Compile(Sources.DesignExample, Upcasts, Unrelated);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        var edited = Replace(compilation, "File2.cs", Unrelated.Replace("0.1m", "0.2m"));

        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics);
        AssertAllCachedOrUnchanged(result);
        Assert.NotEmpty(result.TrackedSteps[TrackingNames.UpcastLoops]);
        Assert.NotEmpty(result.TrackedSteps[TrackingNames.Service]);
    }

    [Fact]
    public void EditingOneMessageRegeneratesOnlyThatMessage()
    {
        var (driver, compilation) = RunOnce();
        var edited = Replace(compilation, "File3.cs", Cancelled.Replace("string Reason", "string Reason, int Attempt = 1"));

        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var specs = result.TrackedSteps[TrackingNames.MessageSpecs].SelectMany(run => run.Outputs).ToList();
        var modified = specs.Where(o => o.Reason == IncrementalStepRunReason.Modified).Select(o => ((Specs.ContractTypeSpec)o.Value).Declaration.Name);
        Assert.Equal(new[] { "OrderCancelled" }, modified);
        Assert.All(specs.Where(o => ((Specs.ContractTypeSpec)o.Value).Declaration.Name != "OrderCancelled"),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{o.Value} was {o.Reason}"));

        var nested = result.TrackedSteps[TrackingNames.NestedTypes].SelectMany(run => run.Outputs);
        Assert.All(nested, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{o.Value} was {o.Reason}"));
        var service = result.TrackedSteps[TrackingNames.Service].SelectMany(run => run.Outputs);
        Assert.All(service, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"service was {o.Reason}"));
    }

    [Theory]
    [MemberData(nameof(TrackedSteps))]
    public void EveryNamedStepRuns(string step)
    {
        var result = RunEveryStep();

        Assert.True(result.TrackedSteps.ContainsKey(step), $"step {step} is not tracked");
    }

    /// <summary>
    /// One run in which every step has input: messages, publishers, consumers, the project's lock and another
    /// service's manifest (the gate steps see nothing without them). The spec-shape walk uses it too.
    /// </summary>
    internal static GeneratorRunResult RunEveryStep() => EveryStep.Value;

    private static readonly Lazy<GeneratorRunResult> EveryStep = new(() =>
    {
        var compilation = GeneratorHarness.Compile(Sources.DesignExample, AllTypesSources.Code, Unrelated, Cancelled, Upcasts);
        var manifest = Evolution.LockHarness.Lock(null, Sources.DesignExample);
        var driver = Evolution.LockHarness.CreateDriver(manifest, null, new[] { ("../billing/contracts.lock.json", manifest) });
        return driver.RunGenerators(compilation).GetRunResult().Results.Single();
    });

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) RunOnce()
    {
        var compilation = GeneratorHarness.Compile(Sources.DesignExample, AllTypesSources.Code, Unrelated, Cancelled);
        var driver = GeneratorHarness.CreateDriver(trackSteps: true).RunGenerators(compilation);
        return (driver, compilation);
    }

    private static CSharpCompilation Replace(CSharpCompilation compilation, string path, string source)
    {
        var old = compilation.SyntaxTrees.Single(tree => tree.FilePath == path);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path));
    }

    private static void AssertAllCachedOrUnchanged(GeneratorRunResult result)
    {
        // Only our named steps: Roslyn's own internal steps see the edited tree by design.
        var ours = new HashSet<string>(OurSteps);
        foreach (var (name, runs) in result.TrackedSteps.Where(step => ours.Contains(step.Key)))
        {
            foreach (var output in runs.SelectMany(run => run.Outputs))
            {
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"step {name} output {output.Value} was {output.Reason}");
            }
        }
    }
}
