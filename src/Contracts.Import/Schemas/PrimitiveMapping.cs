using System;
using System.Globalization;
using System.Linq;
using Contracts.Schema;

namespace Contracts.Import.Schemas;

/// <summary>
/// JSON Schema scalars to wire kinds (the table in docs/import.md). The exporters' own spellings come back exactly:
/// integer bounds pick the integer kind, the float32 and decimal bounds pick those kinds, the time and duration
/// patterns pick those kinds. Anything else gets the kind a JSON value of that type and format is.
/// </summary>
internal static class PrimitiveMapping
{
    // Smallest first, so a range picks the narrowest kind that holds it.
    private static readonly PrimitiveKind[] Integers =
    [
        PrimitiveKind.Int8, PrimitiveKind.UInt8, PrimitiveKind.Int16, PrimitiveKind.UInt16,
        PrimitiveKind.Int32, PrimitiveKind.UInt32, PrimitiveKind.Int64, PrimitiveKind.UInt64,
    ];

    /// <summary>
    /// The narrowest integer kind holding [<paramref name="minimum"/>, <paramref name="maximum"/>]; a missing bound is
    /// int64's, so an unbounded integer (and zod's ±(2^53−1)) is int64. Null when no kind holds the range.
    /// </summary>
    public static PrimitiveKind? Integer(decimal? minimum, decimal? maximum)
    {
        var low = minimum ?? long.MinValue;
        var high = maximum ?? long.MaxValue;
        foreach (var kind in Integers)
        {
            var range = WirePrimitives.Of(kind).IntegerRange!.Value;
            if (range.Min <= low && high <= range.Max)
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>float32 or decimal when both bounds are exactly that kind's exported range; float64 otherwise.</summary>
    public static PrimitiveKind Number(double? minimum, double? maximum)
    {
        foreach (var kind in new[] { PrimitiveKind.Float32, PrimitiveKind.Decimal })
        {
            var json = WirePrimitives.Of(kind).Json;
            if (minimum == Parse(json.Minimum!) && maximum == Parse(json.Maximum!))
            {
                return kind;
            }
        }

        return PrimitiveKind.Float64;
    }

    /// <summary>
    /// The string kind of a <paramref name="format"/> and <paramref name="pattern"/>. JSON Schema's <c>duration</c> is
    /// ISO 8601 (<c>P1DT2H</c>), which .NET's TimeSpan reader does not take: it stays a string, so the gate refuses it
    /// to a TimeSpan reader. Only the exporter's pattern of .NET's constant format (<c>1.02:03:04</c>) is a duration.
    /// </summary>
    public static PrimitiveKind String(string? format, string? pattern)
    {
        if (pattern is not null && WirePrimitives.All.FirstOrDefault(p => p.Json.Type == "string" && p.Json.Pattern == pattern) is { } exact)
        {
            return exact.Kind;
        }

        return format switch
        {
            "uuid" => PrimitiveKind.Guid,
            "date-time" => PrimitiveKind.DateTimeOffset,
            "date" => PrimitiveKind.Date,
            "time" => PrimitiveKind.Time,
            _ => PrimitiveKind.String,
        };
    }

    private static double Parse(string number) => double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
}
