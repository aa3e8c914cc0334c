using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Contracts.Generator.Tests.Fuzz;

/// <summary>
/// One test per class of input the fuzz run found breaking the generator (issue "Nothing breaks on bad input"): code a
/// person types on the way to valid code. Each must leave the generator standing (no exception, no CTR9999), say only
/// what the compiler does not already say, and generate code that parses and adds no error of its own.
/// </summary>
public sealed class HalfTypedCodeTests
{
    private const string Usings = "using System;\nusing System.Collections.Generic;\nusing System.Threading;\nusing System.Threading.Tasks;\nusing Contracts;\n";

    [Theory]
    [InlineData("public partial record Placed(int A, );", "an empty parameter name")]
    [InlineData("public partial record Placed(int A, int A);", "a parameter written twice")]
    [InlineData("public partial record Placed(int A, int B = );", "a default value not typed yet")]
    [InlineData("public partial record Placed(Strin Name, int Count);", "a member type that does not resolve")]
    [InlineData("public partial record Placed(IReadOnlyList<Lin> Lines);", "a type argument that does not resolve")]
    [InlineData("public partial record Placed(Level Level);\npublic enum Level { Low = , High }", "an enum value not typed yet")]
    [InlineData("public partial record Placed(Level Level);\npublic enum Level { Low, Low }", "an enum member written twice")]
    public void A_message_the_compiler_rejects_generates_nothing_and_adds_nothing(string placed, string what)
    {
        var result = Generate(Usings + "namespace Shop;\n[Message(\"orders.placed\")]\n" + placed + PublisherAndConsumer);

        Assert.True(result.Diagnostics.Count == 0, what + ": " + string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Files.Keys, name => name.Contains("Placed"));
        Assert.DoesNotContain("Placed", result.Files["Shop.OrdersPublisher.Publisher.g.cs"]);
    }

    [Theory]
    [InlineData("[Message()]", "no name yet")]
    [InlineData("[Message(\"orders.placed\", Version = )]", "no version yet")]
    [InlineData("[Message(\"orders.placed\" Version = 2)]", "a missing comma")]
    [InlineData("[Message(\"orders.placed\")][Message(\"orders.placed\", Version = 2)]", "[Message] twice")]
    public void An_attribute_being_typed_is_left_to_the_compiler(string attribute, string what)
    {
        var result = Generate(Usings + "namespace Shop;\n" + attribute + "\npublic partial record Placed(Guid Id);" + PublisherAndConsumer);

        Assert.True(result.Diagnostics.Count == 0, what + ": " + string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Files.Keys, name => name.Contains("Placed"));
    }

    [Theory]
    [InlineData("[Message(\"orders.placed\")]\npublic partial record Placed(Guid Id);\n[Message(\"orders.placed\", Version = 2)]\npublic partial record Placed(Guid Id);", "two partial declarations, each with [Message]")]
    [InlineData("[Message(\"orders.placed\")]\npublic record Placed(Guid Id);\n[Message(\"orders.placed2\")]\npublic record Placed(string Id);", "a record declared twice")]
    [InlineData("[Message(\"orders.placed\")]\npublic partial record Placed(Guid Id);\npublic class Placed { }", "a record and a class of one name")]
    [InlineData("[Message(\"orders.placed\")]\npublic partial record (Guid Id);", "a record without a name")]
    public void A_type_declared_twice_or_without_a_name_generates_nothing(string declarations, string what)
    {
        var result = Generate(Usings + "namespace Shop;\n" + declarations + PublisherAndConsumer);

        Assert.True(result.Diagnostics.Count == 0, what + ": " + string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Files.Keys, name => name.Contains("Placed"));
    }

    [Fact]
    public void A_consumer_or_publisher_of_a_type_being_typed_says_nothing()
    {
        var result = Generate(Usings + """
            namespace Shop;
            [Publishes<Plac>]
            public partial class Typing;
            public sealed class Audit : IConsumer<Plac>
            {
                public ValueTask ConsumeAsync(Plac message, MessageContext context, CancellationToken cancellationToken) => default;
            }
            """);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Keywords_and_Unicode_as_names_generate_code_that_compiles()
    {
        var result = Generate(Usings + """
            namespace Shop.@event;
            public enum @class { @default, @record, Größe }
            [Message("shop.keywords")]
            public partial record @record(Guid @event, @class @class, string? @default = null, 注文番号? 番号 = null);
            public static partial class Outer
            {
                public partial record struct @struct(string @string);
                [Message("shop.nested")]
                public partial record @in(@struct Value, IReadOnlyList<@struct?> Values);
            }
            public partial record 注文番号(string 番号);
            [Publishes<@record>, Publishes<Outer.@in>]
            public partial class @public;
            """);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        Assert.Contains("Shop.event.record.Contract.g.cs", result.Files.Keys);
        Assert.Contains("Shop.event.Outer.struct.Contract.g.cs", result.Files.Keys);
        Assert.Contains("Shop.event.注文番号.Contract.g.cs", result.Files.Keys);
    }

    [Fact]
    public void Names_that_differ_only_in_case_or_in_punctuation_get_files_and_converters_of_their_own()
    {
        var result = Generate(Usings + """
            namespace Shop
            {
                public enum Kind { A }
                public enum kind { B }
                [Message("shop.upper")] public partial record Placed(Kind Kind, A.B Other, A_B Third);
                [Message("shop.lower")] public partial record placed(kind Kind);
                public enum A_B { X }
                public static class A { public enum B { Y } }
            }
            """);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        var contracts = result.Files.Keys.Where(name => name.EndsWith(".Contract.g.cs")).ToList();
        Assert.Equal(2, contracts.Count(name => name.StartsWith("Shop.Placed.", System.StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(4, result.Files.Keys.Count(name => name.EndsWith(".Enum.g.cs")));
    }

    [Fact]
    public void An_enum_nested_in_a_generic_type_gets_a_valid_file_name()
    {
        var result = Generate(Usings + """
            namespace Shop;
            public static class Holder<T> { public enum Level { Low, High } }
            [Message("shop.levels")] public partial record Levels(Holder<int>.Level Level);
            """);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        Assert.Contains("Shop.Holder{int}.Level.Enum.g.cs", result.Files.Keys);
    }

    [Fact]
    public void Partial_types_split_over_files_generate_the_same_code_whatever_the_order_of_the_files()
    {
        var first = ("A.cs", Usings + """
            namespace Shop;
            [Message("shop.split")]
            public partial record Split(Guid Id) { public string? Note { get; init; } }
            [Publishes<Split>] public partial class Publisher;
            public sealed partial class Consumer : IConsumer<Split> { }
            """);
        var second = ("B.cs", Usings + """
            namespace Shop;
            [Message("shop.other")] public partial record Other(int Count);
            public partial record Split { public required int Count { get; init; } public int Retries { get; init; } = 2; }
            [Publishes<Other>] public partial class Publisher;
            public sealed partial class Consumer : IConsumer<Other>
            {
                public ValueTask ConsumeAsync(Split message, MessageContext context, CancellationToken cancellationToken) => default;
                public ValueTask ConsumeAsync(Other message, MessageContext context, CancellationToken cancellationToken) => default;
            }
            """);

        var forward = GeneratorHarness.Compile(first, second);
        var backward = GeneratorHarness.Compile(second, first);

        Assert.Empty(GeneratorFuzz.Check(forward, backward));
        Assert.Empty(GeneratorHarness.Run(forward).CompilationDiagnostics);
    }

    private const string PublisherAndConsumer = """

        [Message("orders.cancelled")]
        public partial record Cancelled(string Reason);

        [Publishes<Placed>, Publishes<Cancelled>]
        public partial class OrdersPublisher;

        public sealed class Audit : IConsumer<Placed>, IConsumer<Cancelled>
        {
            public ValueTask ConsumeAsync(Placed message, MessageContext context, CancellationToken cancellationToken) => default;
            public ValueTask ConsumeAsync(Cancelled message, MessageContext context, CancellationToken cancellationToken) => default;
        }
        """;

    /// <summary>Runs the generator and checks what must hold for any input: it stands, and its code parses and adds no error.</summary>
    private static GeneratorResult Generate(string source)
    {
        var compilation = GeneratorHarness.Compile(source);
        var reversed = GeneratorHarness.Compile(source);
        Assert.Empty(GeneratorFuzz.Check(compilation, reversed));

        var result = GeneratorHarness.Run(compilation);
        var generatedErrors = result.Output.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree is { } tree && !compilation.SyntaxTrees.Contains(tree))
            .Select(d => d.ToString())
            .ToList();
        Assert.True(generatedErrors.Count == 0, "errors in generated code:\n" + string.Join("\n", generatedErrors));
        return result;
    }
}
