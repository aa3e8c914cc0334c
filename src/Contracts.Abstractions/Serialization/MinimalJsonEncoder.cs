using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Encodings.Web;

namespace Contracts.Serialization;

/// <summary>
/// Escapes only what JSON requires (RFC 8259, section 7): the quotation mark, the backslash and the control characters
/// below U+0020. Every other character is written as its UTF-8 bytes, so a string is never longer on the wire than the
/// shortest way a sender could have written it, and a body that was read can be written again within the reader's size
/// limit. The default encoder escapes all non-ASCII text and HTML-sensitive characters (<c>é</c> becomes six bytes,
/// an emoji twelve), which only matters for JSON embedded in HTML; message bodies never are.
/// </summary>
/// <remarks>
/// Invalid UTF-16 (a lone surrogate in a .NET string) and invalid UTF-8 are written as U+FFFD, as the default encoder
/// does, never copied onto the wire. <see cref="System.Text.Json.Utf8JsonWriter"/> calls <see cref="Encode"/> for a
/// string with something to escape; it is overridden so that the text between escapes is copied in vectorized runs
/// instead of character by character through <see cref="TryEncodeUnicodeScalar"/>. UTF-8 input (the generated writers'
/// <c>u8</c> literals) rarely needs escaping and keeps the base implementation.
/// </remarks>
internal sealed class MinimalJsonEncoder : JavaScriptEncoder
{
    public static readonly MinimalJsonEncoder Instance = new();

    // The escape of every character that has one; null for the characters written as they are.
    private static readonly string?[] Escapes = BuildEscapes();

    private const int ShortText = 32;

    // Where a run of text to copy as it is ends: a character to escape, or (checked there) a surrogate / non-ASCII byte.
    private static readonly SearchValues<char> CharStops = SearchValues.Create(AsciiStops());
    private static readonly SearchValues<byte> ByteStops = SearchValues.Create(ByteStopValues());

    private MinimalJsonEncoder()
    {
    }

    public override int MaxOutputCharactersPerInputCharacter => 6; // \u001F

    public override bool WillEncode(int unicodeScalar) => unicodeScalar < Escapes.Length && Escapes[unicodeScalar] is not null;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
        => FirstToEncode(new ReadOnlySpan<char>(text, textLength));

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text) => FirstToEncode(utf8Text);

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var destination = new Span<char>(buffer, bufferLength);
        if (WillEncode(unicodeScalar))
        {
            var escape = Escapes[unicodeScalar]!;
            numberOfCharactersWritten = escape.AsSpan().TryCopyTo(destination) ? escape.Length : 0;
        }
        else if (!Rune.TryCreate(unicodeScalar, out var rune) || !rune.TryEncodeToUtf16(destination, out numberOfCharactersWritten))
        {
            numberOfCharactersWritten = 0;
        }

        return numberOfCharactersWritten > 0;
    }

    public override OperationStatus Encode(ReadOnlySpan<char> source, Span<char> destination, out int charsConsumed, out int charsWritten, bool isFinalBlock = true)
    {
        (charsConsumed, charsWritten) = (0, 0);
        while (charsConsumed < source.Length)
        {
            var rest = source[charsConsumed..];
            var c = rest[0];
            var consumed = 1;
            ReadOnlySpan<char> output;
            if (c < Escapes.Length && Escapes[c] is { } escape)
            {
                output = escape;
            }
            else if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && rest.Length > 1 && char.IsLowSurrogate(rest[1])))
            {
                if (rest.Length == 1 && char.IsHighSurrogate(c) && !isFinalBlock)
                {
                    return OperationStatus.NeedMoreData; // its low surrogate may come in the next block
                }

                output = "\uFFFD";
            }
            else
            {
                // A run of text written as it is (its first character is valid: one char, or a surrogate pair), up
                // to the next character to escape, found vectorized.
                var first = char.IsHighSurrogate(c) ? 2 : 1;
                consumed = FirstToEncode(rest[first..]) is var stop and >= 0 ? first + stop : rest.Length;
                output = rest[..consumed];
            }

            if (!output.TryCopyTo(destination[charsWritten..]))
            {
                return OperationStatus.DestinationTooSmall;
            }

            (charsConsumed, charsWritten) = (charsConsumed + consumed, charsWritten + output.Length);
        }

        return OperationStatus.Done;
    }

    // Two vectorized searches, each of the kind SearchValues does fastest: an ASCII set, then a range over the text
    // before what the first one found (one set holding both would leave the ASCII fast path). Valid surrogate pairs
    // are skipped without searching for the ASCII stop again, so emoji-heavy text stays linear.
    private static int FirstToEncode(ReadOnlySpan<char> text)
    {
        if (text.Length <= ShortText)
        {
            return FirstToEncodeShort(text);
        }

        var ascii = text.IndexOfAny(CharStops);
        var end = ascii < 0 ? text.Length : ascii;
        for (var at = 0; ;)
        {
            var found = text[at..end].IndexOfAnyInRange('\uD800', '\uDFFF');
            if (found < 0)
            {
                return ascii;
            }

            at += found;
            if (!char.IsHighSurrogate(text[at]) || at + 1 == end || !char.IsLowSurrogate(text[at + 1]))
            {
                return at;
            }

            at += 2; // a valid pair is written as it is
        }
    }

    // Most strings of a message are short (ids, names, codes): a plain loop beats setting up two vector searches.
    private static int FirstToEncodeShort(ReadOnlySpan<char> text)
    {
        for (var at = 0; at < text.Length; at++)
        {
            var c = text[at];
            if (c < Escapes.Length && Escapes[c] is not null)
            {
                return at;
            }

            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || at + 1 == text.Length || !char.IsLowSurrogate(text[at + 1]))
                {
                    return at;
                }

                at++; // a valid pair is written as it is
            }
        }

        return -1;
    }

    private static int FirstToEncode(ReadOnlySpan<byte> utf8Text)
    {
        for (var at = 0; ;)
        {
            var found = utf8Text[at..].IndexOfAny(ByteStops);
            if (found < 0)
            {
                return -1;
            }

            at += found;
            if (utf8Text[at] < 0x80 || Rune.DecodeFromUtf8(utf8Text[at..], out _, out var length) != OperationStatus.Done)
            {
                return at;
            }

            at += length; // a valid multi-byte character is written as it is
        }
    }

    private static string?[] BuildEscapes()
    {
        var escapes = new string?['\\' + 1];
        for (var c = 0; c < 0x20; c++)
        {
            escapes[c] = "\\u00" + "0123456789ABCDEF"[c >> 4] + "0123456789ABCDEF"[c & 0xF];
        }

        (escapes['\b'], escapes['\t'], escapes['\n'], escapes['\f'], escapes['\r']) = ("\\b", "\\t", "\\n", "\\f", "\\r");
        (escapes['"'], escapes['\\']) = ("\\\"", "\\\\");
        return escapes;
    }

    private static string AsciiStops()
    {
        var stops = new StringBuilder("\"\\");
        for (var c = '\0'; c < ' '; c++)
        {
            stops.Append(c);
        }

        return stops.ToString();
    }

    private static byte[] ByteStopValues()
    {
        var stops = new List<byte>(Encoding.ASCII.GetBytes(AsciiStops()));
        for (var b = 0x80; b <= 0xFF; b++)
        {
            stops.Add((byte)b);
        }

        return stops.ToArray();
    }
}
