using System.Collections.Generic;
using System.Linq;
using Contracts.Schema.Compatibility;
using Contracts.Schema.Manifest;
using Contracts.Generator.Specs;
using Contracts.Generator.Tests.Evolution;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

using Contracts.Schema;

namespace Contracts.Generator.Tests.CrossService;

/// <summary>
/// A large fleet (200 manifests of 50 messages) must cost nothing on an edit that touches neither a message nor a
/// manifest, and an edited manifest must be parsed again alone.
/// </summary>
public sealed class ManifestCachingTests
{
    private const string Consumer = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Contracts;

        namespace Billing;

        [Message("service-7.message-3")]
        public partial record Wanted(Guid Id, string Name);

        public sealed class Handler : IConsumer<Wanted>
        {
            public ValueTask ConsumeAsync(Wanted message, MessageContext context, CancellationToken cancellationToken) => default;
        }
        """;

    private const string Unrelated = "namespace Billing; public static class Maths { public static int Twice(int x) => x * 2; }";

    [Fact]
    public void UnrelatedEditReusesEveryParsedManifestAndTheCheck()
    {
        var manifests = Fleet();
        var compilation = GeneratorHarness.Compile(Consumer, Unrelated);
        var driver = LockHarness.CreateDriver(null, Properties, manifests).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));

        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Last(), CSharpSyntaxTree.ParseText(Unrelated.Replace("x * 2", "x + x"), GeneratorHarness.ParseOptions, "File1.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var parsed = result.TrackedSteps[TrackingNames.Manifests].SelectMany(run => run.Outputs).ToList();
        Assert.Equal(200, parsed.Count);
        Assert.All(parsed, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        Assert.All(result.TrackedSteps[TrackingNames.CrossService].SelectMany(run => run.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
    }

    [Fact]
    public void EditingOneManifestParsesOnlyThatOne()
    {
        var manifests = Fleet();
        var texts = manifests.Select(m => LockHarness.Text(m.Path, m.Text)).ToArray();
        var driver = LockHarness.CreateDriver(null, Properties, texts).RunGenerators(GeneratorHarness.Compile(Consumer));

        var (path, text) = manifests[7];
        var replaced = driver.ReplaceAdditionalText(
            texts[7],
            LockHarness.Text(path, text.Replace("\"wireName\": \"name\", \"type\": \"string\", \"required\": true", "\"wireName\": \"name\", \"type\": \"string?\", \"required\": false")));
        var result = replaced.RunGenerators(GeneratorHarness.Compile(Consumer)).GetRunResult();

        var outputs = result.Results.Single().TrackedSteps[TrackingNames.Manifests].SelectMany(run => run.Outputs).ToList();
        Assert.Single(outputs, output => output.Reason != IncrementalStepRunReason.Cached && output.Reason != IncrementalStepRunReason.Unchanged);
        Assert.Contains(result.Diagnostics, d => d.Id == "CTR0110");
    }

    private static readonly IReadOnlyDictionary<string, string> Properties = new Dictionary<string, string> { ["ContractsServiceName"] = "billing", ["ContractsLockFile"] = "" };

    private static (string Path, string Text)[] Fleet()
        => Enumerable.Range(0, 200).Select(service => ($"/fleet/service-{service}/contracts.lock.json", ManifestWriter.Write(new ContractManifest(
            $"service-{service}",
            Enumerable.Range(0, 50).Select(message => new ManifestMessage(MessageRole.Publishes, new ContractSchema(
                $"service-{service}.message-{message}", 1, Contracts.Schema.CompatibilityMode.Forward,
                new EquatableArray<MemberSchema>(new[]
                {
                    new MemberSchema("id", TypeSchema.Primitive(PrimitiveKind.Guid), true),
                    new MemberSchema("name", TypeSchema.Primitive(PrimitiveKind.String), true),
                    new MemberSchema("amount", TypeSchema.Primitive(PrimitiveKind.Decimal), false),
                }),
                EquatableArray<ObjectSchema>.Empty,
                EquatableArray<EnumSchema>.Empty))).ToEquatableArray())))).ToArray();
}
