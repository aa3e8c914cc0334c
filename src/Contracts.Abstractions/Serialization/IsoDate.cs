using System;

namespace Contracts.Serialization;

/// <summary>
/// <c>yyyy-MM-dd</c> written and read by hand: the culture-aware <see cref="DateOnly.TryFormat(Span{char}, out int, ReadOnlySpan{char}, IFormatProvider?)"/>
/// and <see cref="DateOnly.TryParseExact(ReadOnlySpan{char}, ReadOnlySpan{char}, IFormatProvider?, System.Globalization.DateTimeStyles, out DateOnly)"/>
/// were a visible share of a message's serialization. Only the exact ten-character form is handled here; anything
/// else goes to the framework's parser, which stays the reference for what is accepted and how it fails.
/// </summary>
internal static class IsoDate
{
    public const int Length = 10;

    public static void Format(DateOnly value, Span<byte> destination)
    {
        WriteDigits(destination[..4], value.Year);
        destination[4] = (byte)'-';
        WriteDigits(destination.Slice(5, 2), value.Month);
        destination[7] = (byte)'-';
        WriteDigits(destination.Slice(8, 2), value.Day);
    }

    /// <summary>True for exactly <c>yyyy-MM-dd</c> with ASCII digits naming a real date; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<byte> text, out DateOnly value)
    {
        value = default;
        if (text.Length != Length || text[4] != '-' || text[7] != '-'
            || !TryReadDigits(text[..4], out var year) || !TryReadDigits(text.Slice(5, 2), out var month) || !TryReadDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateOnly(year, month, day);
        return true;
    }

    private static void WriteDigits(Span<byte> destination, int number)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (number % 10));
            number /= 10;
        }
    }

    private static bool TryReadDigits(ReadOnlySpan<byte> text, out int number)
    {
        number = 0;
        foreach (var c in text)
        {
            if ((uint)(c - '0') > 9)
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return true;
    }
}
