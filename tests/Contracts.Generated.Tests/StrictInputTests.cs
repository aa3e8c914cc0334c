using System.Text;
using Contracts.Serialization;

namespace Contracts.Generated.Tests;

/// <summary>
/// Every way a body can be wrong gives one <see cref="MessageFormatException"/> with the exact JSON path and a reason a
/// person can act on. Each row breaks one thing in an otherwise valid body.
/// </summary>
public sealed class StrictInputTests
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        // case, body, path, reason (a fragment of it)
        { "malformed: missing value", ProbeJson.With("\"count\":1", "\"count\":"), "$.count", "invalid start of a value" },
        { "malformed: bare word", ProbeJson.With("\"name\":\"n\"", "\"name\":nope"), "$.name", "invalid JSON literal" },
        { "malformed: single quotes", ProbeJson.With("\"sku\":\"a\"", "'sku':'a'"), "$.lines[0]", "invalid start of a property name" },
        { "truncated body", ProbeJson.Valid[..ProbeJson.Valid.IndexOf("\"sku\":\"b\"", StringComparison.Ordinal)], "$.lines[1]", "open JSON object or array" },
        { "empty body", "", "$", "does not contain any JSON tokens" },
        { "string for int", ProbeJson.With("\"count\":1", "\"count\":\"1\""), "$.count", "expected a number but found a string" },
        { "object for array", ProbeJson.With("\"lines\":[", "\"lines\":{\"a\":1},\"ignored\":["), "$.lines", "expected an array but found an object" },
        { "array for object", ProbeJson.With("\"main\":{\"sku\":\"m\",\"quantity\":3}", "\"main\":[]"), "$.main", "expected an object but found an array" },
        { "number for string", ProbeJson.With("\"name\":\"n\"", "\"name\":5"), "$.name", "expected a string but found a number" },
        { "boolean for int in a list", ProbeJson.With("\"quantity\":2", "\"quantity\":true"), "$.lines[1].quantity", "expected a number but found a boolean" },
        { "string for dictionary value", ProbeJson.With("\"y\":2", "\"y\":\"2\""), "$.tally.y", "expected a number but found a string" },
        { "out of range: 300 for byte", ProbeJson.With("\"small\":2", "\"small\":300"), "$.small", "expected an integer from 0 to 255" },
        { "out of range: negative byte", ProbeJson.With("\"small\":2", "\"small\":-1"), "$.small", "expected an integer from 0 to 255" },
        { "out of range: fraction for int", ProbeJson.With("\"count\":1", "\"count\":1.5"), "$.count", "expected a 32-bit integer" },
        { "out of range: int overflow", ProbeJson.With("\"count\":1", "\"count\":2147483648"), "$.count", "expected a 32-bit integer" },
        { "missing required member", ProbeJson.With("\"name\":\"n\",", ""), "$", "required member 'name' is missing" },
        { "missing required nested member", ProbeJson.With(",\"quantity\":2", ""), "$.lines[1]", "required member 'quantity' is missing" },
        { "missing required object member", ProbeJson.With(",\"main\":{\"sku\":\"m\",\"quantity\":3}", ""), "$", "required member 'main' is missing" },
        { "null for non-nullable string", ProbeJson.With("\"name\":\"n\"", "\"name\":null"), "$.name", "null is not allowed" },
        { "null for non-nullable int", ProbeJson.With("\"count\":1", "\"count\":null"), "$.count", "null is not allowed" },
        { "null for non-nullable list", ProbeJson.With("\"lines\":[{\"sku\":\"a\",\"quantity\":1},", "\"lines\":null,\"ignored\":[{\"sku\":\"a\",\"quantity\":1},"), "$.lines", "null is not allowed" },
        { "null list element", ProbeJson.With("{\"sku\":\"a\",\"quantity\":1}", "null"), "$.lines[0]", "null is not allowed" },
        { "null for nested object", ProbeJson.With("\"main\":{\"sku\":\"m\",\"quantity\":3}", "\"main\":null"), "$.main", "null is not allowed" },
        { "null dictionary value", ProbeJson.With("\"x\":1", "\"x\":null"), "$.tally.x", "null is not allowed" },
        { "duplicate member", ProbeJson.With("\"count\":1", "\"count\":1,\"count\":2"), "$.count", "member appears more than once" },
        { "duplicate nested member", ProbeJson.With("\"sku\":\"m\"", "\"sku\":\"m\",\"sku\":\"m\""), "$.main.sku", "member appears more than once" },
        { "duplicate dictionary key", ProbeJson.With("\"y\":2", "\"x\":2"), "$.tally.x", "member appears more than once" },
        { "unknown enum member", ProbeJson.With("\"colour\":\"Green\"", "\"colour\":\"Purple\""), "$.colour", "'Purple' is not a member of enum Colour" },
        { "enum by C# name, not wire name", ProbeJson.With("\"colour\":\"Green\"", "\"colour\":\"Blue\""), "$.colour", "'Blue' is not a member of enum Colour" },
        { "enum in another case", ProbeJson.With("\"colour\":\"Green\"", "\"colour\":\"green\""), "$.colour", "'green' is not a member of enum Colour" },
        { "enum as number", ProbeJson.With("\"colour\":\"Green\"", "\"colour\":1"), "$.colour", "expected a string but found a number" },
        { "invalid GUID", ProbeJson.With("\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\"", "\"id\":\"not-a-guid\""), "$.id", "expected a GUID string" },
        { "invalid date", ProbeJson.With("\"day\":\"2024-02-09\"", "\"day\":\"2024-02-30\""), "$.day", "expected an ISO 8601 date (yyyy-MM-dd)" },
        { "date in another format", ProbeJson.With("\"day\":\"2024-02-09\"", "\"day\":\"09/02/2024\""), "$.day", "expected an ISO 8601 date (yyyy-MM-dd)" },
        { "date with a time", ProbeJson.With("\"day\":\"2024-02-09\"", "\"day\":\"2024-02-09T00:00:00\""), "$.day", "expected an ISO 8601 date (yyyy-MM-dd)" },
        { "invalid time", ProbeJson.With("\"time\":\"07:05:03\"", "\"time\":\"25:00:00\""), "$.time", "expected a time of day" },
        { "invalid date and time", ProbeJson.With("\"at\":\"2024-02-09T07:05:03+02:00\"", "\"at\":\"yesterday\""), "$.at", "expected an ISO 8601 date and time with offset" },
        { "invalid duration", ProbeJson.With("\"span\":\"01:00:00\"", "\"span\":\"PT1H\""), "$.span", "expected a duration" },
        { "long string for a date", ProbeJson.With("\"day\":\"2024-02-09\"", $"\"day\":\"{new string('9', 500)}\""), "$.day", "expected an ISO 8601 date (yyyy-MM-dd)" },
        { "trailing object after the message", ProbeJson.Valid + "{}", "$", "invalid after a single JSON value" },
        { "trailing garbage after the message", ProbeJson.Valid + " x", "$", "invalid after a single JSON value" },
        { "top-level array", "[" + ProbeJson.Valid + "]", "$", "expected an object but found an array" },
        { "top-level string", "\"text\"", "$", "expected an object but found a string" },
        { "top-level null", "null", "$", "null is not allowed" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_broken_body_fails_with_the_path_and_reason(string @case, string body, string path, string reason)
    {
        var failure = Json.Failure<Probe>(body);

        Assert.True(path == failure.Path, $"{@case}: expected path {path}, got {failure.Path} ({failure.Reason})");
        Assert.Contains(reason, failure.Reason, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(failure.Reason), @case);
        Assert.Equal(failure.Path + ": " + failure.Reason, failure.Message);
    }

    [Fact]
    public void The_valid_probe_reads()
    {
        var probe = Json.Read<Probe>(ProbeJson.Valid);

        Assert.Equal(("n", 2, "b"), (probe.Name, probe.Lines.Count, probe.Lines[1].Sku));
    }

    [Fact]
    public void Invalid_utf8_inside_a_string_fails_with_the_path()
    {
        var bytes = Encoding.UTF8.GetBytes(ProbeJson.With("\"name\":\"n\"", "\"name\":\"n__\""));
        var at = Array.IndexOf(bytes, (byte)'_');
        bytes[at] = 0xC3; // a lead byte followed by an ASCII byte is not UTF-8
        bytes[at + 1] = 0x28;

        var failure = Assert.Throws<MessageFormatException>(() => ContractSerializer.Deserialize<Probe>(bytes));

        Assert.Equal("$.name", failure.Path);
    }
}
