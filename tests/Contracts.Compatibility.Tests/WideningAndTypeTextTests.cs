using Contracts.Schema.Compatibility.Rules;

namespace Contracts.Compatibility.Tests;

/// <summary>The widening table of docs/compatibility.md, and the text form of types the manifest uses.</summary>
public sealed class WideningAndTypeTextTests
{
    [Theory]
    [InlineData("int8", "int16", true)]
    [InlineData("int16", "int32", true)]
    [InlineData("int32", "int64", true)]
    [InlineData("uint8", "uint16", true)]
    [InlineData("uint8", "int16", true)]
    [InlineData("uint32", "uint64", true)]
    [InlineData("uint32", "int64", true)]
    [InlineData("uint64", "int64", false)]
    [InlineData("int8", "uint8", false)]
    [InlineData("int16", "float32", true)]
    [InlineData("int32", "float32", false)]
    [InlineData("int32", "float64", true)]
    [InlineData("uint32", "float64", true)]
    [InlineData("int64", "float64", false)]
    [InlineData("uint64", "decimal", true)]
    [InlineData("float32", "float64", true)]
    [InlineData("float32", "decimal", false)]
    [InlineData("float64", "float32", false)]
    [InlineData("decimal", "float64", false)]
    [InlineData("guid", "string", true)]
    [InlineData("duration", "string", true)]
    [InlineData("string", "guid", false)]
    [InlineData("boolean", "string", false)]
    [InlineData("date", "date-time-offset", false)]
    public void Writer_kind_is_readable_as_reader_kind(string writer, string reader, bool readable) =>
        Assert.Equal(readable, PrimitiveWidening.CanRead(Kind(reader), Kind(writer)));

    // The table of docs/compatibility.md, row for row: writer kind -> the other kinds a reader may declare.
    private static readonly Dictionary<string, string[]> DocumentedWidenings = new()
    {
        ["int8"] = ["int16", "int32", "int64", "float32", "float64", "decimal"],
        ["uint8"] = ["uint16", "int16", "uint32", "int32", "uint64", "int64", "float32", "float64", "decimal"],
        ["int16"] = ["int32", "int64", "float32", "float64", "decimal"],
        ["uint16"] = ["uint32", "int32", "uint64", "int64", "float32", "float64", "decimal"],
        ["int32"] = ["int64", "float64", "decimal"],
        ["uint32"] = ["uint64", "int64", "float64", "decimal"],
        ["int64"] = ["decimal"],
        ["uint64"] = ["decimal"],
        ["float32"] = ["float64"],
        ["guid"] = ["string"],
        ["date-time-offset"] = ["string"],
        ["date"] = ["string"],
        ["time"] = ["string"],
        ["duration"] = ["string"],
    };

    [Fact]
    public void Widenings_are_exactly_the_documented_table()
    {
        var kinds = Enum.GetValues<PrimitiveKind>();
        foreach (var writer in kinds)
        {
            var actual = kinds.Where(r => r != writer && PrimitiveWidening.CanRead(r, writer)).Select(SchemaTypeText.PrimitiveName).OrderBy(n => n);
            var expected = DocumentedWidenings.GetValueOrDefault(SchemaTypeText.PrimitiveName(writer), []).OrderBy(n => n);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Every_kind_reads_itself() =>
        Assert.All(Enum.GetValues<PrimitiveKind>(), k => Assert.True(PrimitiveWidening.CanRead(k, k)));

    [Theory]
    [InlineData("int32")]
    [InlineData("string?")]
    [InlineData("date-time-offset")]
    [InlineData("enum:Status")]
    [InlineData("object:Orders.OrderLine?")]
    [InlineData("array<object:OrderLine>")]
    [InlineData("map<string,decimal>")]
    [InlineData("array<map<string,array<int64?>?>>?")]
    public void Type_text_round_trips(string text)
    {
        var type = SchemaTypeText.TryParse(text, out var error, out _);

        Assert.Null(error);
        Assert.Equal(text, type!.ToString());
    }

    [Theory]
    [InlineData("", 0, "expected a type")]
    [InlineData("int33", 0, "unknown type 'int33'")]
    [InlineData("array<int32", 11, "expected '>'")]
    [InlineData("map<int32,string>", 3, "expected 'map<string,'")]
    [InlineData("enum:", 5, "expected a type name")]
    [InlineData("int32??", 6, "unexpected '?'")]
    [InlineData("array<strin>", 6, "unknown type 'strin'")]
    public void Invalid_type_text_says_what_and_where(string text, int offset, string message)
    {
        var type = SchemaTypeText.TryParse(text, out var error, out var errorOffset);

        Assert.Null(type);
        Assert.Contains(message, error);
        Assert.Equal(offset, errorOffset);
    }

    [Fact]
    public void Absurd_nesting_is_an_error_not_a_stack_overflow()
    {
        var text = string.Concat(Enumerable.Repeat("array<", 10_000)) + "int32" + new string('>', 10_000);

        Assert.Null(SchemaTypeText.TryParse(text, out var error, out _));
        Assert.Contains("deeper", error);
    }

    private static PrimitiveKind Kind(string name) =>
        Enum.GetValues<PrimitiveKind>().Single(k => SchemaTypeText.PrimitiveName(k) == name);
}
