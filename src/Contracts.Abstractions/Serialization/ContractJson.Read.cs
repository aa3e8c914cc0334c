using System;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace Contracts.Serialization;

/// <summary>
/// The strict primitive readers and writers that generated serializers call. Each reader expects the reader to be on
/// the value's token and fails with a <see cref="MessageFormatException"/> naming the path and the expected type.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class ContractJson
{
    /// <summary>Advances to the next token; a body that ends early is malformed.</summary>
    public static void Next(ref Utf8JsonReader reader, ContractReadContext context)
    {
        if (!reader.Read())
        {
            throw context.Fail("unexpected end of JSON");
        }
    }

    /// <summary>
    /// At a member's name: enters the member (for error paths), fails if it was already read, marks it read and moves to
    /// its value. One call per member keeps the generated readers short.
    /// </summary>
    public static void BeginMember(ref Utf8JsonReader reader, ContractReadContext context, string wireName, ref bool seen)
    {
        context.Enter(wireName);
        if (seen)
        {
            throw context.Duplicate();
        }

        seen = true;
        Next(ref reader, context);
    }

    /// <summary>Fails unless the current token starts an object.</summary>
    public static void ExpectStartObject(ref Utf8JsonReader reader, ContractReadContext context)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw WrongToken(ref reader, context, "an object");
        }
    }

    /// <summary>Fails unless the current token starts an array.</summary>
    public static void ExpectStartArray(ref Utf8JsonReader reader, ContractReadContext context)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw WrongToken(ref reader, context, "an array");
        }
    }

    /// <summary>Moves to the next array element; false at the end of the array.</summary>
    public static bool NextElement(ref Utf8JsonReader reader, ContractReadContext context)
    {
        Next(ref reader, context);
        return reader.TokenType != JsonTokenType.EndArray;
    }

    /// <summary>
    /// Moves to the next property name of an object; false at the end of the object. A name with escapes is checked to
    /// decode, so comparing it with <see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/> cannot throw.
    /// </summary>
    public static bool NextProperty(ref Utf8JsonReader reader, ContractReadContext context)
    {
        Next(ref reader, context);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        if (reader.ValueIsEscaped)
        {
            EnsureDecodable(ref reader, context, "a member name");
        }

        return true;
    }

    /// <summary>At a dictionary key (the reader is on its property name): the key's text.</summary>
    public static string ReadKey(ref Utf8JsonReader reader, ContractReadContext context) => GetString(ref reader, context, "a member name");

    /// <summary>Skips the value of a member the contract does not know (tolerant reader: newer producers may send more).</summary>
    public static void SkipValue(ref Utf8JsonReader reader, ContractReadContext context)
    {
        Next(ref reader, context);
        reader.Skip();
    }

    /// <summary>
    /// Fails unless the current token is a string whose escapes decode, so that comparing it with
    /// <see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/> or parsing it cannot throw.
    /// </summary>
    public static void ExpectString(ref Utf8JsonReader reader, ContractReadContext context)
    {
        ExpectStringToken(ref reader, context);
        if (reader.ValueIsEscaped)
        {
            EnsureDecodable(ref reader, context, "the string");
        }
    }

    /// <summary>Reads a non-null string.</summary>
    public static string ReadString(ref Utf8JsonReader reader, ContractReadContext context)
    {
        ExpectStringToken(ref reader, context);
        return GetString(ref reader, context, "the string");
    }

    /// <summary>Reads true or false.</summary>
    public static bool ReadBoolean(ref Utf8JsonReader reader, ContractReadContext context) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw WrongToken(ref reader, context, "true or false"),
    };

    /// <summary>Reads an integer that fits in a byte.</summary>
    public static byte ReadByte(ref Utf8JsonReader reader, ContractReadContext context)
        => ExpectNumber(ref reader, context) && reader.TryGetByte(out var value) ? value : throw OutOfRange(context, "an integer from 0 to 255");

    /// <summary>Reads an integer that fits in an sbyte.</summary>
    public static sbyte ReadSByte(ref Utf8JsonReader reader, ContractReadContext context)
        => ExpectNumber(ref reader, context) && reader.TryGetSByte(out var value) ? value : throw OutOfRange(context, "an integer from -128 to 127");

    /// <summary>Reads a 16-bit integer.</summary>
    public static short ReadInt16(ref Utf8JsonReader reader, ContractReadContext context)
        => ExpectNumber(ref reader, context) && reader.TryGetInt16(out var value) ? value : throw OutOfRange(context, "a 16-bit integer");

    /// <summary>Reads an unsigned 16-bit integer.</summary>
    public static ushort ReadUInt16(ref Utf8JsonReader reader, ContractReadContext context)
        => ExpectNumber(ref reader, context) && reader.TryGetUInt16(out var value) ? value : throw OutOfRange(context, "an unsigned 16-bit integer");

    /// <summary>Reads a 32-bit integer.</summary>
    public static int ReadInt32(ref Utf8JsonReader reader, ContractReadContext context)
        => ExpectNumber(ref reader, context) && reader.TryGetInt32(out var value) ? value : throw OutOfRange(context, "a 32-bit integer");

    /// <summary>Reads an unsigned 32-bit integer.</summary>
    public static uint ReadUInt32(ref Utf8JsonReader reader, ContractReadContext context)
        => ExpectNumber(ref reader, context) && reader.TryGetUInt32(out var value) ? value : throw OutOfRange(context, "an unsigned 32-bit integer");

    /// <summary>Reads a 64-bit integer.</summary>
    public static long ReadInt64(ref Utf8JsonReader reader, ContractReadContext context)
        => ExpectNumber(ref reader, context) && reader.TryGetInt64(out var value) ? value : throw OutOfRange(context, "a 64-bit integer");

    /// <summary>Reads an unsigned 64-bit integer.</summary>
    public static ulong ReadUInt64(ref Utf8JsonReader reader, ContractReadContext context)
        => ExpectNumber(ref reader, context) && reader.TryGetUInt64(out var value) ? value : throw OutOfRange(context, "an unsigned 64-bit integer");

    /// <summary>Reads a single-precision number.</summary>
    public static float ReadSingle(ref Utf8JsonReader reader, ContractReadContext context)
        => ExpectNumber(ref reader, context) && reader.TryGetSingle(out var value) && float.IsFinite(value) ? value : throw OutOfRange(context, "a finite 32-bit floating point number");

    /// <summary>Reads a double-precision number.</summary>
    public static double ReadDouble(ref Utf8JsonReader reader, ContractReadContext context)
        => ExpectNumber(ref reader, context) && reader.TryGetDouble(out var value) && double.IsFinite(value) ? value : throw OutOfRange(context, "a finite 64-bit floating point number");

    /// <summary>Reads a decimal number.</summary>
    public static decimal ReadDecimal(ref Utf8JsonReader reader, ContractReadContext context)
        => ExpectNumber(ref reader, context) && reader.TryGetDecimal(out var value) ? value : throw OutOfRange(context, "a decimal number");

    /// <summary>Reads a GUID string.</summary>
    public static Guid ReadGuid(ref Utf8JsonReader reader, ContractReadContext context)
    {
        const string Expected = "a GUID string";
        ExpectShortString(ref reader, context, 36, Expected);
        return reader.TryGetGuid(out var value) ? value : throw context.Fail("expected " + Expected);
    }

    /// <summary>Reads an ISO 8601 date and time with offset.</summary>
    public static DateTimeOffset ReadDateTimeOffset(ref Utf8JsonReader reader, ContractReadContext context)
    {
        const string Expected = "an ISO 8601 date and time with offset";
        ExpectShortString(ref reader, context, 42, Expected);
        return reader.TryGetDateTimeOffset(out var value) ? value : throw context.Fail("expected " + Expected);
    }

    /// <summary>Reads an ISO 8601 date (yyyy-MM-dd).</summary>
    public static DateOnly ReadDateOnly(ref Utf8JsonReader reader, ContractReadContext context)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
            && IsoDate.TryParse(reader.ValueSpan, out var date))
        {
            return date;
        }

        Span<char> buffer = stackalloc char[32];
        var text = buffer[..CopyShortString(ref reader, context, buffer, "an ISO 8601 date (yyyy-MM-dd)")];
        return DateOnly.TryParseExact(text, DateOnlyFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw context.Fail("expected an ISO 8601 date (yyyy-MM-dd)");
    }

    /// <summary>Reads a time of day (HH:mm:ss with optional fraction).</summary>
    public static TimeOnly ReadTimeOnly(ref Utf8JsonReader reader, ContractReadContext context)
    {
        Span<char> buffer = stackalloc char[32];
        var text = buffer[..CopyShortString(ref reader, context, buffer, "a time of day (HH:mm:ss.FFFFFFF)")];
        return TimeOnly.TryParseExact(text, TimeOnlyFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw context.Fail("expected a time of day (HH:mm:ss.FFFFFFF)");
    }

    /// <summary>Reads a duration in the invariant constant format ([-][d.]hh:mm:ss[.fffffff]).</summary>
    public static TimeSpan ReadTimeSpan(ref Utf8JsonReader reader, ContractReadContext context)
    {
        Span<char> buffer = stackalloc char[32];
        var text = buffer[..CopyShortString(ref reader, context, buffer, "a duration ([-][d.]hh:mm:ss[.fffffff])")];
        return TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var value)
            ? value
            : throw context.Fail("expected a duration ([-][d.]hh:mm:ss[.fffffff])");
    }

    /// <summary>Fails for a JSON null where the contract does not allow one.</summary>
    public static MessageFormatException NullNotAllowed(ContractReadContext context) => context.Fail("null is not allowed here: the member is not nullable");

    /// <summary>Fails for a string that names no member of the enum.</summary>
    public static MessageFormatException UnknownEnumMember(ref Utf8JsonReader reader, ContractReadContext context, string enumName)
    {
        var text = reader.TokenType == JsonTokenType.String ? GetString(ref reader, context, "the string") : null;
        return text is null
            ? WrongToken(ref reader, context, $"a member name of enum {enumName}")
            : context.Fail($"{QuotedText.Quote(text)} is not a member of enum {enumName}");
    }

    private static bool ExpectNumber(ref Utf8JsonReader reader, ContractReadContext context)
        => reader.TokenType == JsonTokenType.Number ? true : throw WrongToken(ref reader, context, "a number");

    private static MessageFormatException OutOfRange(ContractReadContext context, string expected)
        => context.Fail($"expected {expected}");

    private static MessageFormatException WrongToken(ref Utf8JsonReader reader, ContractReadContext context, string expected)
        => reader.TokenType == JsonTokenType.Null
            ? NullNotAllowed(context)
            : context.Fail($"expected {expected} but found {Describe(reader.TokenType)}");

    private static void ExpectStringToken(ref Utf8JsonReader reader, ContractReadContext context)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw WrongToken(ref reader, context, "a string");
        }
    }

    // A value of a short fixed format: a longer string fails before anything is decoded (a huge string in a date member
    // costs only this check), and escapes are checked to decode so that parsing it cannot throw.
    private static void ExpectShortString(ref Utf8JsonReader reader, ContractReadContext context, int maxChars, string expected)
    {
        ExpectStringToken(ref reader, context);
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > maxChars * MaxEscapedCharLength)
        {
            throw context.Fail($"expected {expected}");
        }

        if (reader.ValueIsEscaped)
        {
            EnsureDecodable(ref reader, context, "the string");
        }
    }

    private static int CopyShortString(ref Utf8JsonReader reader, ContractReadContext context, scoped Span<char> buffer, string expected)
    {
        ExpectShortString(ref reader, context, buffer.Length, expected);
        try
        {
            return reader.CopyString(buffer);
        }
        catch (ArgumentException)
        {
            throw context.Fail($"expected {expected}");
        }
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
