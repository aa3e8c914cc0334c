using System.Text;
using Contracts.Serialization;

namespace Contracts.Generated.Tests;

/// <summary>
/// The writer escapes only what JSON requires, so text is never longer on the wire than a sender could have made it:
/// a body that was read is written again within the reader's limit. Before, every non-ASCII character was escaped
/// (<c>é</c> as six bytes), and a 4 MB body of such text read fine but could not be sent again.
/// </summary>
public sealed class WrittenTextTests
{
    [Fact]
    public void Non_ascii_and_html_sensitive_text_is_written_as_utf8()
    {
        const string text = "é ü 中文 😀 𝄞 <html> & 'apos' + ` \u007F \u2028\u2029 \uFEFF \uFFFD";

        Assert.Equal("{\"value\":\"" + text + "\",\"zone\":\"Red\"}", Json.Write(new Postcode(text, Colour.Red)));
    }

    [Fact]
    public void Only_quotes_backslashes_and_control_characters_are_escaped()
        => Assert.Equal("""{"value":"\"\\\n\r\t\b\f\u0000\u001F","zone":"Red"}""", Json.Write(new Postcode("\"\\\n\r\t\b\f\0\u001F", Colour.Red)));

    [Fact]
    public void Dictionary_keys_are_written_the_same_way()
    {
        var nullables = new Nullables(Counts: new Dictionary<string, int> { ["é\"😀"] = 1 });

        Assert.Equal("""{"counts":{"é\"😀":1}}""", Json.Write(nullables));
    }

    [Fact]
    public void A_lone_surrogate_in_a_string_is_written_as_the_replacement_character_which_reads_back()
    {
        var json = Json.Write(new Postcode("a\uD800b\uDC00", Colour.Red));

        Assert.Equal("{\"value\":\"a\uFFFDb\uFFFD\",\"zone\":\"Red\"}", json);
        Assert.Equal("a\uFFFDb\uFFFD", Json.Read<Postcode>(json).Value);
    }

    [Theory]
    [InlineData("é")]
    [InlineData("😀")]
    [InlineData("中")]
    [InlineData("\\u00e9")]
    public void A_body_of_almost_4_MiB_of_non_ascii_text_is_read_and_written_again_within_the_limit(string unit)
    {
        // The case: about 2 MB of 'é' (or any text the old writer escaped) in one string member.
        var limit = ContractReaderOptions.Default.MaxBytes;
        var body = """{"value":"","zone":"Red"}""";
        var text = new StringBuilder().Insert(0, unit, (limit - body.Length) / Encoding.UTF8.GetByteCount(unit)).ToString();
        var received = Encoding.UTF8.GetBytes(body.Insert(10, text));
        Assert.InRange(received.Length, limit - 12, limit);

        var written = ContractSerializer.SerializeToUtf8Bytes(ContractSerializer.Deserialize<Postcode>(received));

        Assert.InRange(written.Length, 1, received.Length);
        Assert.Equal(written, ContractSerializer.SerializeToUtf8Bytes(ContractSerializer.Deserialize<Postcode>(written)));
    }

    [Fact]
    public void Random_text_is_escaped_exactly_where_json_requires_and_reads_back()
    {
        // Characters at every boundary the writer treats differently, mixed with random ones and surrogate pairs.
        var alphabet = "ab\"\\\n\r\t\b\f\u0001\u001f\u007f\u0080é中\uFFFD\uFFFF\uD800\uDBFF\uDC00\uDFFF".ToCharArray();
        var random = new Random(7);
        for (var i = 0; i < 20_000; i++)
        {
            var text = new char[random.Next(0, 40)];
            for (var j = 0; j < text.Length; j++)
            {
                text[j] = random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : alphabet[random.Next(alphabet.Length)];
            }

            if (text.Length > 2 && random.Next(4) == 0)
            {
                (text[1], text[2]) = ('\uD83D', '\uDE00');
            }

            var value = new string(text);
            var expected = MinimallyEscaped(value);
            var written = Json.Write(new Nullables(Counts: new Dictionary<string, int> { [value] = 1 }, Text: value));

            Assert.Equal("{\"text\":" + expected + ",\"counts\":{" + expected + ":1}}", written);
            Assert.Equal(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(value)), Json.Read<Nullables>(written).Text); // lone surrogates as U+FFFD
        }
    }

    // The reference, written the plain way: RFC 8259's required escapes, U+FFFD for a lone surrogate, the rest as is.
    private static string MinimallyEscaped(string text)
    {
        var json = new StringBuilder("\"");
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                json.Append(c).Append(text[++i]);
                continue;
            }

            json.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                < ' ' => "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
                _ when char.IsSurrogate(c) => "\uFFFD",
                _ => c.ToString(),
            });
        }

        return json.Append('"').ToString();
    }
}
