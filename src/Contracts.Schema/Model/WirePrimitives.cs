using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Contracts.Schema;

/// <summary>
/// The scalar kinds a member can have on the wire. Named for the JSON value they produce, not for a CLR type,
/// because schemas also come from services written in other languages. <see cref="WirePrimitives"/> says everything
/// else about each one.
/// </summary>
public enum PrimitiveKind
{
    /// <summary>JSON <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A JSON integer from -128 to 127.</summary>
    Int8,

    /// <summary>A JSON integer from 0 to 255.</summary>
    UInt8,

    /// <summary>A JSON integer from -32,768 to 32,767.</summary>
    Int16,

    /// <summary>A JSON integer from 0 to 65,535.</summary>
    UInt16,

    /// <summary>A JSON integer from -2^31 to 2^31-1.</summary>
    Int32,

    /// <summary>A JSON integer from 0 to 2^32-1.</summary>
    UInt32,

    /// <summary>A JSON integer from -2^63 to 2^63-1.</summary>
    Int64,

    /// <summary>A JSON integer from 0 to 2^64-1.</summary>
    UInt64,

    /// <summary>A JSON number that is a 32-bit IEEE 754 value.</summary>
    Float32,

    /// <summary>A JSON number that is a 64-bit IEEE 754 value.</summary>
    Float64,

    /// <summary>A JSON number with up to 28-29 significant decimal digits, exact (not a binary float).</summary>
    Decimal,

    /// <summary>A JSON string.</summary>
    String,

    /// <summary>A JSON string holding a UUID.</summary>
    Guid,

    /// <summary>A JSON string holding an ISO 8601 date and time with an offset.</summary>
    DateTimeOffset,

    /// <summary>A JSON string holding an ISO 8601 calendar date.</summary>
    Date,

    /// <summary>A JSON string holding an ISO 8601 time of day.</summary>
    Time,

    /// <summary>A JSON string holding a duration.</summary>
    Duration,
}

/// <summary>How generated code writes a primitive with <c>System.Text.Json.Utf8JsonWriter</c>.</summary>
public enum PrimitiveWriteStyle
{
    /// <summary><c>writer.WriteBooleanValue(value)</c>.</summary>
    Boolean,

    /// <summary><c>writer.WriteNumberValue(value)</c>.</summary>
    Number,

    /// <summary><c>writer.WriteStringValue(value)</c>.</summary>
    String,

    /// <summary>A helper of the runtime's <c>ContractJson</c>: <c>ContractJson.{WriteHelper}(writer, value)</c>.</summary>
    Helper,
}

/// <summary>One wire primitive, with what every part of Contracts needs to know about it.</summary>
/// <param name="Kind">The kind, as schemas and manifests refer to it.</param>
/// <param name="WireName">Its name in the manifest's type text (<c>int32</c>, <c>date-time-offset</c>).</param>
/// <param name="ClrTypeName">The .NET type that carries it, by metadata name (<c>System.Int32</c>).</param>
/// <param name="CSharpName">How C# users write that type (<c>int</c>, <c>DateTimeOffset</c>), for messages.</param>
/// <param name="ReadHelper">The runtime's <c>ContractJson</c> method that reads it (<c>ReadInt32</c>).</param>
/// <param name="WriteStyle">How it is written.</param>
/// <param name="Json">How other languages see it: the JSON Schema keywords, the TypeScript type and the wire form in words.</param>
/// <param name="WriteHelper">The <c>ContractJson</c> method that writes it, for <see cref="PrimitiveWriteStyle.Helper"/>.</param>
/// <param name="IntegerRange">The values an integer kind can hold, for the widening rules; null for the others.</param>
public sealed record WirePrimitive(
    PrimitiveKind Kind,
    string WireName,
    string ClrTypeName,
    string CSharpName,
    string ReadHelper,
    PrimitiveWriteStyle WriteStyle,
    JsonSpelling Json,
    string? WriteHelper = null,
    (decimal Min, decimal Max)? IntegerRange = null);

/// <summary>
/// A primitive as the exporters spell it for other languages (docs/wire-format.md shows the same table). The JSON
/// Schema keywords describe exactly what the .NET writers produce and no more than the .NET readers accept, as far
/// as JSON Schema can say it; docs/wire-format.md lists what it cannot (the lexical form of numbers, for one).
/// </summary>
/// <param name="Type">The JSON Schema <c>type</c>: <c>boolean</c>, <c>integer</c>, <c>number</c> or <c>string</c>.</param>
/// <param name="TypeScript">The TypeScript type a JSON.parse'd value has: <c>boolean</c>, <c>number</c> or <c>string</c>.</param>
/// <param name="Description">The wire form in words, for the schemas' <c>description</c> and the TypeScript doc comments; null where the type says it all.</param>
/// <param name="Format">The JSON Schema <c>format</c>, where its meaning is the wire form (<c>uuid</c>, <c>date-time</c>, <c>date</c>).</param>
/// <param name="Pattern">The ECMA-262 <c>pattern</c> the strings match, where the format alone would accept what the readers refuse.</param>
/// <param name="Minimum">The JSON Schema <c>minimum</c> as a JSON number literal, for the numbers with a range.</param>
/// <param name="Maximum">The JSON Schema <c>maximum</c> as a JSON number literal.</param>
public sealed record JsonSpelling(
    string Type,
    string TypeScript,
    string? Description,
    string? Format = null,
    string? Pattern = null,
    string? Minimum = null,
    string? Maximum = null);

/// <summary>
/// The one table of wire primitives. Adding a primitive is a row here (and its <see cref="PrimitiveKind"/>), plus the
/// runtime helpers it names; the generator, the manifest and the compatibility rules read everything else from it.
/// </summary>
public static class WirePrimitives
{
    /// <summary>Every primitive, in the order of <see cref="PrimitiveKind"/>.</summary>
    public static IReadOnlyList<WirePrimitive> All { get; } = new[]
    {
        new WirePrimitive(PrimitiveKind.Boolean, "boolean", "System.Boolean", "bool", "ReadBoolean", PrimitiveWriteStyle.Boolean, new("boolean", "boolean", Description: null)),
        Integer(PrimitiveKind.Int8, "int8", "System.SByte", "sbyte", sbyte.MinValue, sbyte.MaxValue),
        Integer(PrimitiveKind.UInt8, "uint8", "System.Byte", "byte", byte.MinValue, byte.MaxValue),
        Integer(PrimitiveKind.Int16, "int16", "System.Int16", "short", short.MinValue, short.MaxValue),
        Integer(PrimitiveKind.UInt16, "uint16", "System.UInt16", "ushort", ushort.MinValue, ushort.MaxValue),
        Integer(PrimitiveKind.Int32, "int32", "System.Int32", "int", int.MinValue, int.MaxValue),
        Integer(PrimitiveKind.UInt32, "uint32", "System.UInt32", "uint", uint.MinValue, uint.MaxValue),
        Integer(PrimitiveKind.Int64, "int64", "System.Int64", "long", long.MinValue, long.MaxValue, BeyondDoubles),
        Integer(PrimitiveKind.UInt64, "uint64", "System.UInt64", "ulong", ulong.MinValue, ulong.MaxValue, BeyondDoubles),

        // float.MaxValue is written as 3.4028235E+38, a little above the exact 3.4028234663852886E+38 (shortest
        // round-trip text), and read back to float.MaxValue: the bound is the written text, not the exact value.
        new WirePrimitive(PrimitiveKind.Float32, "float32", "System.Single", "float", "ReadSingle", PrimitiveWriteStyle.Number,
            new("number", "number", "A JSON number within the range of a 32-bit float (at most 3.4028235e38 either way); never NaN or Infinity.", Minimum: "-3.4028235e38", Maximum: "3.4028235e38")),
        new WirePrimitive(PrimitiveKind.Float64, "float64", "System.Double", "double", "ReadDouble", PrimitiveWriteStyle.Number,
            new("number", "number", "A finite JSON number (a 64-bit float); never NaN or Infinity.")),
        new WirePrimitive(PrimitiveKind.Decimal, "decimal", "System.Decimal", "decimal", "ReadDecimal", PrimitiveWriteStyle.Number,
            new("number", "number", "An exact decimal as a JSON number with up to 28-29 significant digits, written with its scale (62.00 stays 62.00). JSON.parse reads it as a binary double: keep the source text where exactness matters.",
                Minimum: "-79228162514264337593543950335", Maximum: "79228162514264337593543950335")),
        new WirePrimitive(PrimitiveKind.String, "string", "System.String", "string", "ReadString", PrimitiveWriteStyle.String,
            new("string", "string", Description: null)),
        new WirePrimitive(PrimitiveKind.Guid, "guid", "System.Guid", "Guid", "ReadGuid", PrimitiveWriteStyle.String,
            new("string", "string", "A UUID: 32 hex digits in groups 8-4-4-4-12 with hyphens, written in lower case (upper case is read too); no braces, no urn:uuid: prefix.",
                Format: "uuid", Pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")),

        // RFC 3339, narrowed to what the reader takes: upper-case T and Z, a colon in the offset and at most +-14:00,
        // at most 16 fraction digits, no leap second and no year 0000.
        new WirePrimitive(PrimitiveKind.DateTimeOffset, "date-time-offset", "System.DateTimeOffset", "DateTimeOffset", "ReadDateTimeOffset", PrimitiveWriteStyle.Helper,
            new("string", "string", "An ISO 8601 / RFC 3339 date and time with an offset, yyyy-MM-ddTHH:mm:ss[.fffffff](Z|+hh:mm); written with 0-7 fraction digits, UTC as Z and any other offset as +hh:mm; +00:00 is read too.",
                Format: "date-time", Pattern: @"^(?!0000)\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,16})?(Z|[+-](0\d|1[0-3]):[0-5]\d|[+-]14:00)$"),
            "WriteDateTimeOffset"),
        new WirePrimitive(PrimitiveKind.Date, "date", "System.DateOnly", "DateOnly", "ReadDateOnly", PrimitiveWriteStyle.Helper,
            new("string", "string", "An ISO 8601 calendar date, yyyy-MM-dd.", Format: "date", Pattern: @"^(?!0000)\d{4}-\d{2}-\d{2}$"),
            "WriteDateOnly"),

        // No format for these two: JSON Schema's "time" is RFC 3339's full-time, which requires an offset, and its
        // "duration" is ISO 8601's P1DT2H; neither is what .NET writes, so the pattern alone says it.
        new WirePrimitive(PrimitiveKind.Time, "time", "System.TimeOnly", "TimeOnly", "ReadTimeOnly", PrimitiveWriteStyle.Helper,
            new("string", "string", "A time of day without offset, HH:mm:ss with 0-7 fraction digits (HH:mm is read too).", Pattern: @"^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,7})?)?$"),
            "WriteTimeOnly"),
        new WirePrimitive(PrimitiveKind.Duration, "duration", "System.TimeSpan", "TimeSpan", "ReadTimeSpan", PrimitiveWriteStyle.Helper,
            new("string", "string", "A duration in .NET's constant format [-][d.]hh:mm:ss[.fffffff] (1.02:03:04.5000000), not ISO 8601; from -10675199.02:48:05.4775808 to 10675199.02:48:05.4775807.",
                Pattern: @"^-?(\d{1,8}\.)?([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,7})?$"),
            "WriteTimeSpan"),
    };

    private static readonly Dictionary<string, WirePrimitive> ByWire = All.ToDictionary(p => p.WireName, StringComparer.Ordinal);

    private static readonly Dictionary<string, WirePrimitive> ByClr = All.ToDictionary(p => p.ClrTypeName, StringComparer.Ordinal);

    /// <summary>The row of <paramref name="kind"/>.</summary>
    public static WirePrimitive Of(PrimitiveKind kind) => All[(int)kind];

    /// <summary>The primitive the manifest spells <paramref name="wireName"/>, or null.</summary>
    public static WirePrimitive? FromWireName(string wireName) => ByWire.TryGetValue(wireName, out var primitive) ? primitive : null;

    /// <summary>The primitive a .NET type (by metadata name, <c>System.Int32</c>) carries, or null when it is not one.</summary>
    public static WirePrimitive? FromClrType(string metadataName) => ByClr.TryGetValue(metadataName, out var primitive) ? primitive : null;

    // JavaScript's JSON.parse turns every number into a double, exact only up to 2^53 - 1.
    private const string BeyondDoubles = " JSON.parse loses precision beyond 9007199254740991 (2^53 - 1) either way: read such values from the source text.";

    private static WirePrimitive Integer(PrimitiveKind kind, string wire, string clr, string csharp, decimal min, decimal max, string caveat = "")
    {
        var (low, high) = (Number(min), Number(max));
        var json = new JsonSpelling("integer", "number", "A JSON integer from " + low + " to " + high + "." + caveat, Minimum: low, Maximum: high);
        return new(kind, wire, clr, csharp, "Read" + clr.Substring("System.".Length), PrimitiveWriteStyle.Number, json, IntegerRange: (min, max));
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
