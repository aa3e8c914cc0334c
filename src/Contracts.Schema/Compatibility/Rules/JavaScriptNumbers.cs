namespace Contracts.Schema.Compatibility.Rules;

/// <summary>
/// What happens to numbers that cross into or out of JavaScript, where <c>JSON.parse</c> turns every JSON number into
/// a double and a double is all a writer has. docs/compatibility.md ("Numbers across languages") has the table.
/// </summary>
internal static class JavaScriptNumbers
{
    /// <summary>
    /// A JavaScript reader whose schema reads an unbounded number (<c>number</c>, or an <c>integer</c> as wide as
    /// int64) is sent a kind a double cannot hold exactly. Readable, but not always the value sent. A reader with
    /// narrower bounds (<c>z.int().max(100)</c>) is a range question and stays a type error.
    /// </summary>
    public static bool LosesPrecision(PrimitiveKind reader, PrimitiveKind writer) => (reader, writer) switch
    {
        (PrimitiveKind.Float64 or PrimitiveKind.Decimal, PrimitiveKind.Int64 or PrimitiveKind.UInt64 or PrimitiveKind.Decimal) => true,
        (PrimitiveKind.Int64 or PrimitiveKind.UInt64, PrimitiveKind.Int64 or PrimitiveKind.UInt64) => true,
        _ => false,
    };

    /// <summary>What the reader loses, in words.</summary>
    public static string Loss(PrimitiveKind writer) => writer == PrimitiveKind.Decimal
        ? "a decimal with more than 15 significant digits, or one a binary double cannot hold (0.1), arrives rounded"
        : "an integer beyond ±2^53 (9007199254740992) arrives rounded to another integer, and a reader that checks for safe integers (zod's z.int()) refuses it";

    /// <summary>
    /// A decimal reader of a JavaScript writer's number: the writer only ever holds a double, and a decimal reads every
    /// double's shortest text exactly (up to decimal's range, 7.9e28, beyond which the message is refused as malformed).
    /// </summary>
    public static bool ReadsExactly(PrimitiveKind reader, PrimitiveKind writer) =>
        reader == PrimitiveKind.Decimal && writer == PrimitiveKind.Float64;
}
