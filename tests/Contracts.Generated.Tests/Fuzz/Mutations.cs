using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Contracts.Generated.Tests.Fuzz;

/// <summary>One way to break (or legitimately vary) a body. Returns null when the body offers no place for it.</summary>
internal delegate byte[]? Mutate(byte[] body, List<JsonToken> tokens, Random random);

/// <summary>A named mutation and how often it is picked relative to the others.</summary>
internal sealed record MutationKind(string Name, int Weight, Mutate Apply);

/// <summary>
/// The mutation kinds of the payload fuzz: what a broken producer, a truncating proxy, a hand-edited message or an
/// attacker sends. Some keep the body valid on purpose (escaped names, surrogate pairs, duplicated elements), so the
/// accepted bodies exercise the write → read stability check too.
/// </summary>
internal static class Mutations
{
    private static readonly string[] LoneSurrogates =
        [@"\uD800", @"\uDBFF", @"\uDC00", @"\uDFFF", @"\uDC00\uD800", @"\uD800\u0041", @"\uD83D\uD83D", @"\ud800"];

    private static readonly string[] SurrogatePairs = [@"\uD83D\uDE00", @"\uDBFF\uDFFF", @"\ud834\udd1e"];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xFE], [0x80], [0xC3, 0x28], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
        [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
    ];

    private static readonly string[] RawText = ["é", "中", "😀", "\uFFFD", "\u2028", "\u007F", "\uFEFF", "ü̈"];

    private static readonly string[] OtherValues =
    [
        "0", "-1", "1.5", "1e400", "-1e400", "\"x\"", "\"\"", "true", "false", "null", "{}", "[]", "[1,2]", "{\"a\":1}",
        "\"2024-01-01\"", "\"00000000-0000-0000-0000-000000000000\"", "\"Red\"", "\"deep-blue\"", "\"12:00:00\"",
        "\"2024-01-01T00:00:00Z\"", "[null]", "[[]]", "{\"\":null}",
    ];

    private static readonly string[] EdgeNumbers =
    [
        "1e400", "-1e400", "1e27", "1e-28", "0.0000000000000000000000000001", "79228162514264337593543950335",
        "79228162514264337593543950336", "-0", "-0.0", "1E2", "0.1e1", "4294967296", "18446744073709551616",
        "-9223372036854775809", "255", "256", "-129", "3.4028236e38", "1.7976931348623157e308", "5e-324", "1e-400",
        "123456789012345678901234567890.123456789", "0e0",
    ];

    public static readonly MutationKind[] All =
    [
        new("flip-bit", 6, FlipBit),
        new("set-byte", 4, SetByte),
        new("insert-byte", 3, InsertByte),
        new("delete-byte", 3, DeleteByte),
        new("truncate", 6, Truncate),
        new("delete-token", 6, DeleteToken),
        new("duplicate-token", 5, DuplicateToken),
        new("delete-member", 5, DeleteMember),
        new("duplicate-member", 5, DuplicateMember),
        new("duplicate-element", 3, DuplicateElement),
        new("rename-member", 3, RenameMember),
        new("wrong-token-type", 8, WrongTokenType),
        new("edge-number", 5, EdgeNumber),
        new("lone-surrogate", 8, (b, t, r) => InsertInText(b, t, r, Encoding.ASCII.GetBytes(Pick(r, LoneSurrogates)))),
        new("surrogate-pair", 3, (b, t, r) => InsertInText(b, t, r, Encoding.ASCII.GetBytes(Pick(r, SurrogatePairs)))),
        new("invalid-utf8", 8, (b, t, r) => InsertInText(b, t, r, Pick(r, InvalidUtf8))),
        new("raw-non-ascii", 3, (b, t, r) => InsertInText(b, t, r, Encoding.UTF8.GetBytes(Pick(r, RawText)))),
        new("raw-control", 2, (b, t, r) => InsertInText(b, t, r, [(byte)r.Next(0, 0x20)])),
        new("escape-text", 5, EscapeText),
        new("huge-string", 2, HugeString),
        new("deep-nesting", 3, DeepNesting),
        new("whitespace", 2, Whitespace),
    ];

    private static byte[]? FlipBit(byte[] body, List<JsonToken> tokens, Random random)
    {
        if (body.Length == 0)
        {
            return null;
        }

        var copy = (byte[])body.Clone();
        copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private static byte[]? SetByte(byte[] body, List<JsonToken> tokens, Random random)
    {
        if (body.Length == 0)
        {
            return null;
        }

        var copy = (byte[])body.Clone();
        copy[random.Next(copy.Length)] = (byte)random.Next(256);
        return copy;
    }

    private static byte[] InsertByte(byte[] body, List<JsonToken> tokens, Random random)
        => ByteEdits.Insert(body, random.Next(body.Length + 1), [(byte)random.Next(256)]);

    private static byte[]? DeleteByte(byte[] body, List<JsonToken> tokens, Random random)
    {
        if (body.Length == 0)
        {
            return null;
        }

        var at = random.Next(body.Length);
        return ByteEdits.Delete(body, at, at + 1);
    }

    private static byte[]? Truncate(byte[] body, List<JsonToken> tokens, Random random)
        => body.Length == 0 ? null : body[..random.Next(body.Length)];

    private static byte[]? DeleteToken(byte[] body, List<JsonToken> tokens, Random random)
        => PickToken(tokens, random, _ => true) is { } token ? ByteEdits.Delete(body, token.Start, token.End) : null;

    private static byte[]? DuplicateToken(byte[] body, List<JsonToken> tokens, Random random)
        => PickToken(tokens, random, _ => true) is { } token ? ByteEdits.Insert(body, token.End, body.AsSpan(token.Start, token.End - token.Start)) : null;

    private static byte[]? DeleteMember(byte[] body, List<JsonToken> tokens, Random random)
    {
        var index = PickIndex(tokens, random, t => t.Type == JsonTokenType.PropertyName);
        return index < 0 ? null : ByteEdits.DeleteListItem(body, tokens[index].Start, JsonTokens.MemberEnd(tokens, index));
    }

    private static byte[]? DuplicateMember(byte[] body, List<JsonToken> tokens, Random random)
    {
        var index = PickIndex(tokens, random, t => t.Type == JsonTokenType.PropertyName);
        if (index < 0)
        {
            return null;
        }

        var end = JsonTokens.MemberEnd(tokens, index);
        var member = body.AsSpan(tokens[index].Start, end - tokens[index].Start);
        return ByteEdits.Insert(body, end, [(byte)',', .. member]);
    }

    private static byte[]? DuplicateElement(byte[] body, List<JsonToken> tokens, Random random)
    {
        if (PickToken(tokens, random, t => t.IsValue && t.Parent == JsonTokenType.StartArray) is not { } token)
        {
            return null;
        }

        var element = body.AsSpan(token.Start, token.ValueEnd - token.Start);
        return ByteEdits.Insert(body, token.ValueEnd, [(byte)',', .. element]);
    }

    // Another case or one more character: an unknown member to skip, and often a required one now missing.
    private static byte[]? RenameMember(byte[] body, List<JsonToken> tokens, Random random)
    {
        if (PickToken(tokens, random, t => t.Type == JsonTokenType.PropertyName && t.End - t.Start > 2) is not { } token)
        {
            return null;
        }

        var copy = (byte[])body.Clone();
        var first = copy[token.Start + 1];
        if (random.Next(2) == 0 && char.IsAsciiLetter((char)first))
        {
            copy[token.Start + 1] = (byte)(first ^ 0x20);
            return copy;
        }

        return ByteEdits.Insert(copy, token.End - 1, "_");
    }

    private static byte[]? WrongTokenType(byte[] body, List<JsonToken> tokens, Random random)
        => PickToken(tokens, random, t => t.IsValue) is { } token ? ByteEdits.Replace(body, token.Start, token.ValueEnd, Pick(random, OtherValues)) : null;

    private static byte[]? EdgeNumber(byte[] body, List<JsonToken> tokens, Random random)
    {
        if (PickToken(tokens, random, t => t.Type == JsonTokenType.Number) is not { } token)
        {
            return null;
        }

        var number = random.Next(8) == 0 ? new string('9', random.Next(30, 20_000)) : Pick(random, EdgeNumbers);
        return ByteEdits.Replace(body, token.Start, token.End, number);
    }

    private static byte[]? InsertInText(byte[] body, List<JsonToken> tokens, Random random, ReadOnlySpan<byte> text)
    {
        if (PickToken(tokens, random, t => t.IsText) is not { } token)
        {
            return null;
        }

        var boundaries = ByteEdits.CharacterBoundaries(body, token);
        return ByteEdits.Insert(body, boundaries[random.Next(boundaries.Count)], text);
    }

    // Valid JSON that decodes to the same text: names, enum members, GUIDs and dates must still be recognised.
    private static byte[]? EscapeText(byte[] body, List<JsonToken> tokens, Random random)
    {
        if (PickToken(tokens, random, t => t.IsText) is not { } token)
        {
            return null;
        }

        var content = body.AsSpan(token.Start + 1, token.End - token.Start - 2);
        var escaped = new StringBuilder();
        Span<char> units = stackalloc char[2];
        var at = 0;
        while (at < content.Length)
        {
            if (content[at] == '\\')
            {
                var length = at + 1 < content.Length && content[at + 1] == 'u' ? 6 : 2;
                escaped.Append(Encoding.ASCII.GetString(content.Slice(at, Math.Min(length, content.Length - at))));
                at += length;
                continue;
            }

            if (System.Text.Rune.DecodeFromUtf8(content[at..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done || random.Next(3) == 0)
            {
                escaped.Append(Encoding.UTF8.GetString(content.Slice(at, consumed)));
            }
            else
            {
                var count = rune.EncodeToUtf16(units);
                foreach (var unit in units[..count])
                {
                    escaped.Append("\\u").Append(((int)unit).ToString(random.Next(2) == 0 ? "X4" : "x4", CultureInfo.InvariantCulture));
                }
            }

            at += Math.Max(consumed, 1);
        }

        return ByteEdits.Replace(body, token.Start + 1, token.End - 1, escaped.ToString());
    }

    // Up to a little more than the reader's 4 MiB limit, in text that is cheap or expensive to write back.
    private static byte[]? HugeString(byte[] body, List<JsonToken> tokens, Random random)
    {
        if (PickToken(tokens, random, t => t.IsText) is not { } token)
        {
            return null;
        }

        string[] units = ["x", "é", "中", "😀", "\\u00e9", "\\\"", "\\n", "\\u0001", "\\uD83D\\uDE00"];
        var unit = Pick(random, units);
        var bytes = Encoding.UTF8.GetByteCount(unit);
        var target = random.Next(1, 46) * 100_000; // 0.1 to 4.5 MB
        var text = new StringBuilder(target).Insert(0, unit, target / bytes).ToString();
        return ByteEdits.Replace(body, token.Start + 1, token.End - 1, text);
    }

    private static byte[]? DeepNesting(byte[] body, List<JsonToken> tokens, Random random)
    {
        if (PickToken(tokens, random, t => t.IsValue) is not { } token)
        {
            return null;
        }

        var depth = random.Next(2) == 0 ? random.Next(55, 75) : random.Next(1, 2000);
        var arrays = random.Next(2) == 0;
        var nested = arrays
            ? new string('[', depth) + "1" + new string(']', depth)
            : new StringBuilder().Insert(0, "{\"a\":", depth).Append("null").Append('}', depth).ToString();
        return ByteEdits.Replace(body, token.Start, token.ValueEnd, nested);
    }

    private static byte[]? Whitespace(byte[] body, List<JsonToken> tokens, Random random)
        => PickToken(tokens, random, _ => true) is { } token ? ByteEdits.Insert(body, token.End, Pick(random, [" ", "\n", "\r\n\t", "  \t "])) : null;

    private static JsonToken? PickToken(List<JsonToken> tokens, Random random, Func<JsonToken, bool> where)
    {
        var index = PickIndex(tokens, random, where);
        return index < 0 ? null : tokens[index];
    }

    private static int PickIndex(List<JsonToken> tokens, Random random, Func<JsonToken, bool> where)
    {
        var candidates = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (where(tokens[i]))
            {
                candidates.Add(i);
            }
        }

        return candidates.Count == 0 ? -1 : candidates[random.Next(candidates.Count)];
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];
}
