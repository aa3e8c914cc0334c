using System.Text;
using Contracts.Serialization;

namespace Contracts.Generated.Tests;

/// <summary>
/// Text that does not decode is a <see cref="MessageFormatException"/> at its path wherever it is: an escaped lone
/// surrogate (valid JSON syntax that is not Unicode) and bytes that are not UTF-8, in member names of every kind of
/// record, dictionary keys, enum values with and without a fallback, GUIDs, dates, times and durations. Before, most of
/// these escaped as <see cref="InvalidOperationException"/> from System.Text.Json.
/// </summary>
public sealed class UndecodableTextTests
{
    private const string NotUnicode = "is not valid Unicode";

    public static TheoryData<string, string, string> LoneSurrogates => new()
    {
        // case, body, path
        { "top-level member name", ProbeJson.With("\"count\"", "\"\\uD800\""), "$" },
        { "low surrogate alone in a name", ProbeJson.With("\"count\"", "\"co\\uDC00unt\""), "$" },
        { "reversed pair in a name", ProbeJson.With("\"count\"", "\"\\uDC00\\uD800\""), "$" },
        { "unknown member name", ProbeJson.With("\"count\":1", "\"count\":1,\"x\\uD800\":1"), "$" },
        { "nested record member name", ProbeJson.With("\"sku\":\"b\"", "\"\\uDBFF\":\"b\""), "$.lines[1]" },
        { "dictionary key", ProbeJson.With("\"x\":1", "\"x\\uD800\":1"), "$.tally" },
        { "enum value", ProbeJson.With("\"colour\":\"Green\"", "\"colour\":\"Gr\\uD800een\""), "$.colour" },
        { "GUID", ProbeJson.With("\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950e\"", "\"id\":\"0f8fad5b-d9cb-469f-a165-70867728950\\uD800\""), "$.id" },
        { "date and time", ProbeJson.With("\"at\":\"2024-02-09T07:05:03+02:00\"", "\"at\":\"2024-02-09T07:05:03\\uD800\""), "$.at" },
        { "date", ProbeJson.With("\"day\":\"2024-02-09\"", "\"day\":\"2024-02-0\\uD800\""), "$.day" },
        { "time", ProbeJson.With("\"time\":\"07:05:03\"", "\"time\":\"\\uDFFF\""), "$.time" },
        { "duration", ProbeJson.With("\"span\":\"01:00:00\"", "\"span\":\"01\\uD800\""), "$.span" },
        { "string", ProbeJson.With("\"name\":\"n\"", "\"name\":\"n\\uD800\\u0041\""), "$.name" },
    };

    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void A_lone_surrogate_escape_fails_with_the_path(string @case, string body, string path)
    {
        var failure = Json.Failure<Probe>(body);

        Assert.True(path == failure.Path, $"{@case}: expected path {path}, got {failure.Path} ({failure.Reason})");
        Assert.Contains(NotUnicode, failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_is_not_read_as_the_enum_fallback()
    {
        var failure = Json.Failure<ParcelSent>("""{"trackingCode":"T1","carrier":"\uD800","alternatives":[]}""");

        Assert.Equal("$.carrier", failure.Path);
        Assert.Contains(NotUnicode, failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_escaped_surrogate_pair_and_escaped_names_read_as_their_text()
    {
        var body = ProbeJson.With("\"count\":1", "\"\\u0063ount\":1")
            .Replace("\"colour\":\"Green\"", "\"colour\":\"\\u0047reen\"", StringComparison.Ordinal)
            .Replace("\"x\":1", "\"\\uD83D\\uDE00\":1", StringComparison.Ordinal)
            .Replace("\"name\":\"n\"", "\"name\":\"\\ud834\\udd1e\"", StringComparison.Ordinal);

        var probe = Json.Read<Probe>(body);

        Assert.Equal((1, Colour.Green, "𝄞"), (probe.Count, probe.Colour, probe.Name));
        Assert.Equal(1, probe.Tally["😀"]);
    }

    [Fact]
    public void An_escaped_lone_surrogate_inside_a_skipped_value_is_not_decoded_and_not_an_error()
        => Assert.Equal(1, Json.Read<Probe>(ProbeJson.With("\"count\":1", "\"count\":1,\"extra\":\"\\uD800\"")).Count);

    public static TheoryData<string, string, string, string> InvalidUtf8 => new()
    {
        // case, body with '~' where the bad byte goes, path, reason
        { "member name", ProbeJson.With("\"count\"", "\"co~unt\""), "$", "a member name is not valid UTF-8" },
        { "unknown member name", ProbeJson.With("\"count\":1", "\"count\":1,\"x~\":1"), "$", "a member name is not valid UTF-8" },
        { "nested member name", ProbeJson.With("\"quantity\":2", "\"quantity~\":2"), "$.lines[1]", "a member name is not valid UTF-8" },
        { "dictionary key", ProbeJson.With("\"y\":2", "\"y~\":2"), "$.tally", "a member name is not valid UTF-8" },
        { "skipped value", ProbeJson.With("\"count\":1", "\"count\":1,\"extra\":[\"a\",\"~\"]"), "$.extra[1]", "the string is not valid UTF-8" },
        { "enum value", ProbeJson.With("\"colour\":\"Green\"", "\"colour\":\"Gr~een\""), "$.colour", "the string is not valid UTF-8" },
        { "GUID", ProbeJson.With("\"id\":\"0f8fad5b", "\"id\":\"~f8fad5b"), "$.id", "the string is not valid UTF-8" },
        { "date and time", ProbeJson.With("\"at\":\"2024", "\"at\":\"~2024"), "$.at", "the string is not valid UTF-8" },
        { "string in a nested record", ProbeJson.With("\"sku\":\"m\"", "\"sku\":\"m~\""), "$.main.sku", "the string is not valid UTF-8" },
        { "between members", ProbeJson.With("\"count\":1,", "\"count\":1,~"), "$", "the body is not valid UTF-8 (byte 11)" },
        { "right after a number", ProbeJson.With("\"count\":1", "\"count\":1~"), "$.count", "the body is not valid UTF-8 (byte 10)" },
    };

    [Theory]
    [MemberData(nameof(InvalidUtf8))]
    public void Bytes_that_are_not_utf8_fail_with_the_path_wherever_they_are(string @case, string body, string path, string reason)
    {
        foreach (var bad in new byte[][] { [0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xE2, 0x82] })
        {
            var failure = Assert.Throws<MessageFormatException>(() => ContractSerializer.Deserialize<Probe>(WithBytes(body, bad)));

            Assert.True(path == failure.Path, $"{@case}: expected path {path}, got {failure.Path} ({failure.Reason})");
            Assert.Equal(reason, failure.Reason);
        }
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_not_read_as_the_enum_fallback()
    {
        var body = WithBytes("""{"trackingCode":"T1","carrier":"~","alternatives":[]}""", [0xFF]);

        var failure = Assert.Throws<MessageFormatException>(() => ContractSerializer.Deserialize<ParcelSent>(body));

        Assert.Equal(("$.carrier", "the string is not valid UTF-8"), (failure.Path, failure.Reason));
    }

    private static byte[] WithBytes(string body, byte[] bad)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var at = Array.IndexOf(bytes, (byte)'~');
        Assert.True(at >= 0, "the body has no '~' to replace");
        return [.. bytes[..at], .. bad, .. bytes[(at + 1)..]];
    }
}
