using System.Text;
using Contracts.Serialization;

namespace Contracts.Generated.Tests;

/// <summary>
/// A reason ends up in logs and in a dead-letter header (brokers cap header size), so it must stay short however large
/// the body: System.Text.Json quotes the rest of an invalid literal, which can be the whole body.
/// </summary>
public sealed class ReasonLengthTests
{
    [Fact]
    public void An_invalid_literal_in_a_large_body_gives_a_short_reason_with_the_path()
    {
        var body = ProbeJson.With("\"name\":\"n\"", "\"name\":nope")
            .Replace("\"main\"", "\"padding\":\"" + new string('x', 1_000_000) + "\",\"main\"", StringComparison.Ordinal);

        var failure = Json.Failure<Probe>(body);

        Assert.Equal("$.name", failure.Path);
        Assert.StartsWith("'nope", failure.Reason, StringComparison.Ordinal);
        Assert.InRange(failure.Reason.Length, 1, 1024);
        Assert.InRange(failure.Message.Length, 1, 1024 + failure.Path.Length + 2);
    }

    [Fact]
    public void A_short_reason_is_kept_whole()
    {
        var failure = Json.Failure<Probe>(ProbeJson.Valid + " x");

        Assert.Equal("'x' is invalid after a single JSON value. Expected end of data. LineNumber: 0 | BytePositionInLine: "
            + (Encoding.UTF8.GetByteCount(ProbeJson.Valid) + 1) + ".", failure.Reason);
    }

    [Fact]
    public void An_unknown_enum_value_of_a_megabyte_is_quoted_shortened()
    {
        var failure = Json.Failure<Probe>(ProbeJson.With("\"colour\":\"Green\"", $"\"colour\":\"{new string('x', 1_000_000)}\""));

        Assert.Equal("$.colour", failure.Path);
        Assert.Equal($"'{new string('x', 64)}…' (1000000 characters) is not a member of enum Colour", failure.Reason);
    }

    [Fact]
    public void A_long_dictionary_key_is_shortened_in_the_path()
    {
        var key = new string('k', 100_000);

        var failure = Json.Failure<Probe>(ProbeJson.With("\"x\":1", $"\"{key}\":true"));

        Assert.Equal($"$.tally['{new string('k', 64)}…' (100000 characters)]", failure.Path);
    }

    [Fact]
    public void Quotes_backslashes_and_control_characters_of_a_key_are_escaped_in_the_path()
    {
        var failure = Json.Failure<Probe>(ProbeJson.With("\"x\":1", "\"it's\\\\a\\nkey\\u0001\":true"));

        Assert.Equal("$.tally['it\\'s\\\\a\\nkey\\u0001']", failure.Path);
    }
}
