using System.Text.Json;
using Contracts.Schema.Export;
using Contracts.Schema.Manifest;

namespace Contracts.Compatibility.Tests.Export;

/// <summary>The JSON Schema 2020-12 document of a message version says what the wire says, member by member.</summary>
public sealed class JsonSchemaExportTests
{
    private static JsonElement Document(MessageRole role = MessageRole.Publishes)
        => JsonDocument.Parse(JsonSchemaExporter.Export(ExportSamples.Service(role).Messages.Single(), "orders")).RootElement;

    private static JsonElement Property(JsonElement document, string name) => document.GetProperty("properties").GetProperty(name);

    [Fact]
    public void The_document_declares_2020_12_and_an_id_from_name_and_version()
    {
        var document = Document();

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.GetProperty("$schema").GetString());
        Assert.Equal("urn:contracts:tests.every-type:v2", document.GetProperty("$id").GetString());
        Assert.Equal("object", document.GetProperty("type").GetString());
    }

    [Fact]
    public void A_consumers_view_has_its_own_id_so_a_validator_can_hold_both()
        => Assert.Equal("urn:contracts:tests.every-type:v2:read-by:orders", Document(MessageRole.Consumes).GetProperty("$id").GetString());

    [Fact]
    public void Required_lists_exactly_the_required_members()
    {
        var expected = ExportSamples.EveryWireType().Members.Where(m => m.Required).Select(m => m.WireName).Order(StringComparer.Ordinal);

        Assert.Equal(expected, Document().GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("int32", "integer", "-2147483648", "2147483647")]
    [InlineData("uint64", "integer", "0", "18446744073709551615")]
    [InlineData("decimal", "number", "-79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("float32", "number", "-3.4028235e38", "3.4028235e38")]
    public void Numbers_carry_the_range_the_readers_accept(string member, string type, string minimum, string maximum)
    {
        var property = Property(Document(), member);

        Assert.Equal(type, property.GetProperty("type").GetString());
        Assert.Equal(minimum, property.GetProperty("minimum").GetRawText());
        Assert.Equal(maximum, property.GetProperty("maximum").GetRawText());
    }

    [Theory]
    [InlineData("guid", "uuid")]
    [InlineData("date-time-offset", "date-time")]
    [InlineData("date", "date")]
    public void String_encoded_kinds_have_their_format_and_a_pattern(string member, string format)
    {
        var property = Property(Document(), member);

        Assert.Equal("string", property.GetProperty("type").GetString());
        Assert.Equal(format, property.GetProperty("format").GetString());
        Assert.True(property.TryGetProperty("pattern", out _));
    }

    [Theory]
    [InlineData("time")]
    [InlineData("duration")]
    public void Time_and_duration_have_a_pattern_and_no_format_since_json_schemas_formats_mean_other_forms(string member)
    {
        var property = Property(Document(), member);

        Assert.False(property.TryGetProperty("format", out _));
        Assert.True(property.TryGetProperty("pattern", out _));
    }

    [Fact]
    public void Nullable_is_a_type_array_with_null_and_a_nullable_reference_is_any_of_the_reference_and_null()
    {
        var document = Document();

        Assert.Equal(["string", "null"], Property(document, "stringOrNull").GetProperty("type").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("string", Property(document, "string").GetProperty("type").GetString());
        var anyOf = Property(document, "backup").GetProperty("anyOf");
        Assert.Equal("#/$defs/Line", anyOf[0].GetProperty("$ref").GetString());
        Assert.Equal("null", anyOf[1].GetProperty("type").GetString());
    }

    [Fact]
    public void Nested_types_live_in_defs_enums_as_string_enums_maps_as_additional_properties()
    {
        var document = Document();
        var definitions = document.GetProperty("$defs");

        Assert.Equal("#/$defs/Line", Property(document, "lines").GetProperty("items").GetProperty("$ref").GetString());
        Assert.Equal(["quantity", "sku"], definitions.GetProperty("Line").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["Placed", "Paid", "Shipped"], definitions.GetProperty("Status").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("string", Property(document, "tags").GetProperty("additionalProperties").GetProperty("type").GetString());
    }

    [Fact]
    public void Members_the_document_does_not_list_are_allowed_since_readers_skip_them()
        => Assert.False(Document().TryGetProperty("additionalProperties", out _));

    [Fact]
    public void An_enum_fallback_is_said_only_in_the_view_of_a_reader()
    {
        static bool Says(JsonElement document) => document.GetProperty("$defs").GetProperty("Status").TryGetProperty("description", out _);

        Assert.False(Says(Document(MessageRole.Publishes)));
        Assert.True(Says(Document(MessageRole.Consumes)));
    }
}
