using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Specs;
using Contracts.Generator.Parsing;
using Contracts.Generator.Tests.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Contracts.Generator.Tests.Parsing;

/// <summary>
/// The syntax reader (<see cref="PositionalRecordReader"/>, the keystroke fast path) must find exactly what the symbol
/// reader finds: same member specs, locations, diagnostics, record edges, records and enums reached. Each case also
/// pins which records the syntax reader answers for, so the fast path cannot silently stop being taken (or widen past
/// what it can read).
/// </summary>
public sealed class MemberReaderEquivalenceTests
{
    private const string Usings = "using System; using System.Collections.Generic; using Contracts;\n";

    public static TheoryData<string, string, string[]> Cases => new()
    {
        { "plain positional", "public partial record R(Guid Id, string Name, decimal Total, DateTimeOffset At);", new[] { "R" } },
        { "nullable forms", "public enum Status { A, B }\npublic partial record R(string? A, int? B, IReadOnlyList<string?> C, Status? S, string D);", new[] { "R" } },
        { "nullable disabled", "#nullable disable\npublic partial record R(string A, string? B, IReadOnlyList<string> C);\n#nullable restore", new[] { "R" } },
        {
            "literal defaults",
            "public partial record R(string? Note = null, int Count = 5, long Big = 5, decimal Price = 1, decimal Exact = 1.5m, double D = 1, "
            + "float F = 1.5f, double FromFloat = 0.1f, bool Flag = true, string Text = \"hi \\\"there\\\"\", char C = 'x', int? Maybe = 3, byte Small = 7, int? None = null);",
            new[] { "R" }
        },
        { "enum default", "public enum Status { A, B }\npublic partial record R(Status S = Status.B);", new string[0] },
        { "negative default", "public partial record R(int N = -1);", new string[0] },
        { "default literal", "public partial record R(int N = default, Guid G = default);", new string[0] },
        { "constant default", "public static class K { public const string Name = \"n\"; }\npublic partial record R(string S = K.Name);", new string[0] },
        {
            "wire names",
            "public partial record R([WireName(\"a_b\")] int X, [property: WireName(\"p\")] int Y, [property: WireName(\"p2\")][WireName(\"q\")] int Z, "
            + "[param: WireName(\"v\")] int V, [field: WireName(\"f\")] int F);",
            new[] { "R" }
        },
        { "null wire name", "#nullable disable\npublic partial record R([WireName(null)] int X, [WireName(null)][property: WireName(null)] int Y);", new[] { "R" } },
        { "aliased attribute", "using WN = Contracts.WireNameAttribute;\npublic partial record R([WN(\"x\")] int X);", new[] { "R" } },
        { "constant wire name", "public static class K { public const string Name = \"n\"; }\npublic partial record R([WireName(K.Name)] int X);", new string[0] },
        { "unrelated attribute", "public partial record R([property: System.ComponentModel.Description(\"d\")] int X);", new[] { "R" } },
        { "unresolved attribute", "public partial record R([Nope] int X);", new string[0] },
        { "invalid and duplicate wire names", "public partial record R(int Id, [WireName(\"id\")] int Other, [WireName(\" x\")] int Padded);", new[] { "R" } },
        { "body property", "public partial record R(int X) { public int Y { get; init; } }", new string[0] },
        { "field shadowing a parameter", "public partial record R(int X) { public readonly int X = X; }", new string[0] },
        { "unrelated field", "public partial record R(int X) { private static readonly int Z = 1; public int Twice() => X * Z; }", new[] { "R" } },
        { "base record", "public partial record B(int X);\npublic partial record D(int X, int Y) : B(X);", new[] { "B" } },
        { "every keyword type", "public partial record R(bool A, byte B, sbyte C, short D, ushort E, int F, uint G, long H, ulong I, float J, double K, decimal L, string M, char N, object O, "
            + "bool? A2, byte? B2, sbyte? C2, short? D2, ushort? E2, int? F2, uint? G2, long? H2, ulong? I2, float? J2, double? K2, decimal? L2, string? M2, char? N2, object? O2, int[] P, string?[] Q, int?[]? S);", new[] { "R" } },
        { "interface base list", "public partial record R(int X) : IComparable<R> { public int CompareTo(R? other) => 0; }", new[] { "R" } },
        { "record struct", "public partial record struct P(int X, string Y);", new[] { "P" } },
        { "not positional", "public partial record R { public int X { get; init; } public string? Y { get; set; } public required int Z { get; init; } }", new string[0] },
        { "two declarations", "public partial record R(int X);\npublic partial record R { }", new string[0] },
        { "unsupported types", "public partial record R(object O, System.Collections.ArrayList L, List<int> Mutable, Dictionary<int, string> Keyed);", new[] { "R" } },
        { "missing type", "public partial record R(Missing M, int X);", new string[0] },
        {
            "nested records, lists, dictionaries, enums",
            "public enum Kind { A, B }\npublic partial record Line(string Sku, int Qty, Kind Kind);\n"
            + "public partial record R(IReadOnlyList<Line> Lines, Line[] Array, IReadOnlyDictionary<string, Line> ByKey, Line? Maybe);",
            new[] { "Line", "R" }
        },
        { "recursive", "public partial record Node(string Name, IReadOnlyList<Node> Children);", new[] { "Node" } },
        { "nested in a class", "public partial class Outer { public partial record Inner(int X, Outer.Other O); public partial record Other(string S); }", new[] { "Inner", "Other" } },
        { "generic", "public partial record G<T>(T Value, int Count);", new[] { "G" } },
        { "modifier on a parameter", "public partial record R(params int[] X);", new string[0] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SyntaxAndSymbolReadersAgree(string name, string source, string[] readFromSyntax)
    {
        _ = name;
        var compilation = GeneratorHarness.Compile(Usings + source);
        var records = Records(compilation).ToList();
        Assert.NotEmpty(records);
        foreach (var record in records)
        {
            AssertSameResult(compilation, record);
        }

        var answered = records.Where(r => PositionalRecordReader.TryRead(r, Models(compilation, r), default) is not null).Select(r => r.Name);
        Assert.Equal(readFromSyntax.OrderBy(n => n), answered.OrderBy(n => n));
    }

    [Fact]
    public void TheValidCorpusReadsTheSameBothWays()
    {
        var compilation = GeneratorHarness.Compile(ValidContracts.All.Values.ToArray());
        foreach (var record in Records(compilation))
        {
            AssertSameResult(compilation, record);
        }
    }

    private static void AssertSameResult(Compilation compilation, INamedTypeSymbol record)
    {
        var bySyntax = Read(compilation, record, readSyntax: true);
        var bySymbols = Read(compilation, record, readSyntax: false);
        Assert.Equal(bySymbols.Members, bySyntax.Members);
        Assert.Equal(bySymbols.Diagnostics, bySyntax.Diagnostics);
        Assert.Equal(bySymbols.Edges, bySyntax.Edges);
        Assert.Equal(bySymbols.Reached, bySyntax.Reached);
    }

    private static (ParsedMembers? Members, List<DiagnosticInfo> Diagnostics, List<string> Edges, List<string> Reached) Read(
        Compilation compilation, INamedTypeSymbol record, bool readSyntax)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var classifier = new TypeClassifier(compilation.Assembly);
        var parser = new MemberParser(classifier, diagnostics, Models(compilation, record), readSyntax);
        var members = parser.Parse(record);
        var edges = parser.Edges.Select(e => $"{e.Owner.Name}.{e.MemberName} -> {e.Record.Name} at {e.Location?.GetLineSpan()}").ToList();
        var reached = classifier.Records.Concat(classifier.Enums).Select(t => t.ToDisplayString()).ToList();
        return (members, diagnostics, edges, reached);
    }

    private static SemanticModelCache Models(Compilation compilation, INamedTypeSymbol record)
        => new(compilation.GetSemanticModel(record.DeclaringSyntaxReferences[0].SyntaxTree));

    private static IEnumerable<INamedTypeSymbol> Records(Compilation compilation)
        => compilation.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<RecordDeclarationSyntax>()
                .Select(declaration => (INamedTypeSymbol)compilation.GetSemanticModel(tree).GetDeclaredSymbol(declaration)!))
            .Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default);
}
