using static Contracts.Compatibility.Tests.SchemaBuilder;

namespace Contracts.Compatibility.Tests;

/// <summary>
/// The table of docs/compatibility.md "Across languages": what the engine decides when it knows the reader is
/// JavaScript, the writer is JavaScript, or the writer leaves null members out.
/// </summary>
public sealed class PairSemanticsTests
{
    private static readonly PairSemantics JavaScriptReader = new(ReaderIsJavaScript: true);
    private static readonly PairSemantics JavaScriptWriter = new(WriterIsJavaScript: true);
    private static readonly PairSemantics OmitsNull = new(WriterOmitsNullMembers: true);

    [Theory]
    [InlineData("int64", "int64", "JS_NUMBER_PRECISION")]
    [InlineData("uint64", "int64", "JS_NUMBER_PRECISION")]
    [InlineData("int64", "float64", "JS_NUMBER_PRECISION")]
    [InlineData("uint64", "float64", "JS_NUMBER_PRECISION")]
    [InlineData("decimal", "float64", "JS_NUMBER_PRECISION")]
    [InlineData("decimal", "decimal", "JS_NUMBER_PRECISION")]
    [InlineData("int64", "decimal", "JS_NUMBER_PRECISION")]
    [InlineData("decimal", "int64", "TYPE_CHANGED")]
    [InlineData("float64", "int64", "TYPE_CHANGED")]
    [InlineData("int32", "int16", "TYPE_CHANGED")]
    [InlineData("int64", "int32", "TYPE_CHANGED")]
    [InlineData("int32", "int64", "")]
    [InlineData("int32", "float64", "")]
    [InlineData("float32", "float64", "")]
    [InlineData("float64", "float64", "")]
    public void A_JavaScript_reader_of_a_number(string writer, string reader, string rule)
        => Assert.Equal(rule, Single(reader, writer, JavaScriptReader));

    [Theory]
    [InlineData("int64", "int64", "")]
    [InlineData("int64", "float64", "TYPE_CHANGED")]
    [InlineData("decimal", "float64", "TYPE_CHANGED")]
    [InlineData("float64", "decimal", "TYPE_CHANGED")]
    public void The_same_pairs_between_two_dotnet_services(string writer, string reader, string rule)
        => Assert.Equal(rule, Single(reader, writer, PairSemantics.Strict));

    [Theory]
    [InlineData("float64", "decimal", "")]
    [InlineData("float32", "decimal", "TYPE_CHANGED")]
    [InlineData("float64", "int64", "TYPE_CHANGED")]
    public void A_JavaScript_writer_of_a_number(string writer, string reader, string rule)
        => Assert.Equal(rule, Single(reader, writer, JavaScriptWriter));

    [Fact]
    public void A_writer_that_leaves_null_members_out_never_sends_null_for_a_member()
    {
        var writer = Msg(Opt("note", Str.OrNull()), Opt("tags", TypeSchema.Array(Str.OrNull())));
        var reader = Msg(Opt("note", Str), Opt("tags", TypeSchema.Array(Str)));

        // Array items are still written as null: only the member itself is left out.
        Assert.Equal(new[] { "NULLABILITY_CHANGED@$.tags[]" }, Keys(CompatibilityEngine.CheckPair(reader, writer, ChangedSide.Writer, semantics: OmitsNull)));
        Assert.Equal(
            new[] { "NULLABILITY_CHANGED@$.note", "NULLABILITY_CHANGED@$.tags[]" },
            Keys(CompatibilityEngine.CheckPair(reader, writer, ChangedSide.Writer)));
    }

    [Fact]
    public void Absent_is_still_judged_when_null_is_left_out()
    {
        var writer = Msg(Opt("note", Str.OrNull()));
        var reader = Msg(Req("note", Str));

        Assert.Equal(new[] { "REQUIRED_MADE_OPTIONAL@$.note" }, Keys(CompatibilityEngine.CheckPair(reader, writer, ChangedSide.Writer, semantics: OmitsNull)));
    }

    [Fact]
    public void Precision_is_advisory_and_nothing_else_is()
    {
        Assert.True(RuleIds.IsAdvisory(RuleIds.JavaScriptNumberPrecision));
        Assert.False(RuleIds.IsAdvisory(RuleIds.TypeChanged));
    }

    private static string Single(string reader, string writer, PairSemantics semantics)
    {
        var violations = CompatibilityEngine.CheckPair(
            Msg(Req("value", Kind(reader))), Msg(Req("value", Kind(writer))), ChangedSide.Writer, semantics: semantics);
        return string.Join(",", violations.Select(v => v.RuleId));
    }

    private static TypeSchema Kind(string wire) => SchemaTypeText.TryParse(wire, out _, out _) ?? throw new ArgumentException(wire);
}
