using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Contracts.Benchmarks.Generator;

/// <summary>
/// The synthetic service of issue 7: <see cref="MessageCount"/> messages of mixed shapes (5-30 members, each with its
/// own nested record and enum, lists, dictionaries, nullable and defaulted members), one consumer per message,
/// <see cref="PublisherCount"/> publishers of ten messages each, a JsonSerializerContext naming every message for the
/// System.Text.Json peer, and one unrelated class to edit. One file per message, as people write them.
/// </summary>
public sealed class Fleet
{
    public const int MessageCount = 1_000;
    public const int PublisherCount = 100;
    public const string UnrelatedPath = "Pricing.cs";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions Options = new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    private Fleet(ImmutableArray<SyntaxTree> trees, ImmutableArray<MetadataReference> references)
    {
        Trees = trees;
        References = references;
    }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public ImmutableArray<MetadataReference> References { get; }

    /// <summary>Parses the sources once; compilations made from them share the trees, as the compiler's do.</summary>
    public static Fleet Create()
    {
        var sources = new List<(string Path, string Text)>();
        for (var i = 0; i < MessageCount; i++)
        {
            sources.Add(($"Messages/Event{i}.cs", Message(i)));
        }

        for (var file = 0; file < MessageCount / 10; file++)
        {
            sources.Add(($"Consumers/Handlers{file}.cs", Consumers(file * 10, 10)));
        }

        for (var p = 0; p < PublisherCount; p++)
        {
            sources.Add(($"Publishers/Publisher{p}.cs", Publisher(p)));
        }

        sources.Add(("FleetJsonContext.cs", JsonContext()));
        sources.Add((UnrelatedPath, Unrelated("0.10m")));
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path, Encoding.UTF8)).ToImmutableArray();
        return new Fleet(trees, ReferenceAssemblies.Load());
    }

    /// <summary>A new compilation of the same trees: no semantic state cached yet, as in a fresh build.</summary>
    public CSharpCompilation NewCompilation() => CSharpCompilation.Create("Fleet", Trees, References, Options);

    /// <summary>The tree at <paramref name="path"/>.</summary>
    public SyntaxTree Tree(string path) => Trees.Single(tree => tree.FilePath == path);

    /// <summary>The unrelated class with another constant in its method body.</summary>
    public static SyntaxTree EditedUnrelated() => CSharpSyntaxTree.ParseText(Unrelated("0.20m"), ParseOptions, UnrelatedPath, Encoding.UTF8);

    /// <summary>Message <paramref name="i"/> with one optional member added.</summary>
    public static SyntaxTree EditedMessage(int i)
        => CSharpSyntaxTree.ParseText(Message(i, extraMember: "int Revision = 0"), ParseOptions, $"Messages/Event{i}.cs", Encoding.UTF8);

    public static string MessageTypeName(int i) => $"Fleet.Domain{i / 100}.Event{i}";

    private static string Message(int i, string? extraMember = null)
    {
        // Member types cycle with an offset per message, so neighbouring messages have different shapes.
        string[] pool =
        [
            "int", "string", "decimal", "DateTimeOffset", "bool", $"Detail{i}", "long", $"Status{i}", "IReadOnlyList<string>",
            "double", "DateOnly", $"IReadOnlyList<Detail{i}>", "TimeSpan", "string?", "int?", "IReadOnlyDictionary<string, decimal>",
            "Guid", $"Status{i}?", "int[]", "TimeOnly", $"Detail{i}?", "short", "float",
        ];
        var count = 5 + i * 7 % 26;
        var members = new List<string> { "Guid Id", "string Name" };
        for (var m = 2; m < count; m++)
        {
            members.Add($"{pool[(i + m * 3) % pool.Length]} Field{m}");
        }

        if (i % 4 == 0)
        {
            members[^1] = "string? Note = null";
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

            public enum Status{{i}} { Pending, Active, Suspended, Closed }

            public partial record Detail{{i}}(string Code, int Quantity, decimal Amount, IReadOnlyList<string> Tags);

            [Message("fleet.event-{{i}}", Version = {{1 + i % 3}})]
            public partial record Event{{i}}(
                {{string.Join(",\n    ", members)}});
            """;
    }

    private static string Consumers(int first, int count)
    {
        var text = new StringBuilder("""
            using System.Threading;
            using System.Threading.Tasks;
            using Contracts;

            namespace Fleet.Handlers;

            """);
        for (var i = first; i < first + count; i++)
        {
            text.Append($$"""

                public sealed class HandleEvent{{i}} : IConsumer<global::{{MessageTypeName(i)}}>
                {
                    public ValueTask ConsumeAsync(global::{{MessageTypeName(i)}} message, MessageContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
                }

                """);
        }

        return text.ToString();
    }

    private static string Publisher(int p)
    {
        var attributes = Enumerable.Range(p * 10, 10).Select(i => $"[Publishes<global::{MessageTypeName(i)}>]");
        return $$"""
            using Contracts;

            namespace Fleet.Publishing;

            {{string.Join("\n", attributes)}}
            public partial class Publisher{{p}};
            """;
    }

    private static string JsonContext()
    {
        var attributes = Enumerable.Range(0, MessageCount).Select(i => $"[JsonSerializable(typeof(global::{MessageTypeName(i)}))]");
        return $$"""
            using System.Text.Json;
            using System.Text.Json.Serialization;

            namespace Fleet.Json;

            [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
            {{string.Join("\n", attributes)}}
            public partial class FleetJsonContext : JsonSerializerContext;
            """;
    }

    private static string Unrelated(string rate) => $$"""
        namespace Fleet.Pricing;

        public static class Discounts
        {
            public static decimal Apply(decimal total)
            {
                var rate = {{rate}};
                return total - total * rate;
            }
        }
        """;
}
