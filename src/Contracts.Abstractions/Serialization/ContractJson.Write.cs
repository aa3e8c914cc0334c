using System;
using System.Globalization;
using System.Text.Json;

namespace Contracts.Serialization;

public static partial class ContractJson
{
    private const string DateOnlyFormat = "yyyy-MM-dd";
    private static readonly string[] TimeOnlyFormats = ["HH:mm:ss.FFFFFFF", "HH:mm:ss", "HH:mm"];

    /// <summary>Writes a date as <c>yyyy-MM-dd</c>.</summary>
    public static void WriteDateOnly(Utf8JsonWriter writer, DateOnly value)
    {
        Span<byte> buffer = stackalloc byte[IsoDate.Length];
        IsoDate.Format(value, buffer);
        writer.WriteStringValue(buffer);
    }

    /// <summary>
    /// Writes a date and time in ISO 8601 with its offset, UTC as <c>Z</c> (<c>2026-12-01T13:00:00Z</c>): the form every
    /// RFC 3339 reader takes, including zod's default <c>z.iso.datetime()</c>, which refuses <c>+00:00</c>. Other
    /// offsets are written as <c>+hh:mm</c>. Readers take both forms.
    /// </summary>
    public static void WriteDateTimeOffset(Utf8JsonWriter writer, DateTimeOffset value)
    {
        if (value.Offset == TimeSpan.Zero)
        {
            writer.WriteStringValue(value.UtcDateTime);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }

    /// <summary>Writes a time of day as <c>HH:mm:ss.FFFFFFF</c>.</summary>
    public static void WriteTimeOnly(Utf8JsonWriter writer, TimeOnly value)
    {
        Span<char> buffer = stackalloc char[24];
        value.TryFormat(buffer, out var written, TimeOnlyFormats[0], CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }

    /// <summary>Writes a duration in the invariant constant format.</summary>
    public static void WriteTimeSpan(Utf8JsonWriter writer, TimeSpan value)
    {
        Span<char> buffer = stackalloc char[32];
        value.TryFormat(buffer, out var written, "c", CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }

    /// <summary>Fails when writing an enum value that has no named member (the reader could not read it back).</summary>
    public static ArgumentOutOfRangeException UndefinedEnumValue(string enumName, long value)
        => new(nameof(value), value, $"{value} is not a named member of enum {enumName}; only named members can be sent.");

    /// <summary>Fails when writing a null where the contract requires a value.</summary>
    public static ArgumentException NullMember(string wireName)
        => new($"Member '{wireName}' is null but the contract requires a value.", wireName);
}
