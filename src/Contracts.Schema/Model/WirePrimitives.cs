using System;
using System.Collections.Generic;
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
/// <param name="WriteHelper">The <c>ContractJson</c> method that writes it, for <see cref="PrimitiveWriteStyle.Helper"/>.</param>
/// <param name="IntegerRange">The values an integer kind can hold, for the widening rules; null for the others.</param>
public sealed record WirePrimitive(
    PrimitiveKind Kind,
    string WireName,
    string ClrTypeName,
    string CSharpName,
    string ReadHelper,
    PrimitiveWriteStyle WriteStyle,
    string? WriteHelper = null,
    (decimal Min, decimal Max)? IntegerRange = null);

/// <summary>
/// The one table of wire primitives. Adding a primitive is a row here (and its <see cref="PrimitiveKind"/>), plus the
/// runtime helpers it names; the generator, the manifest and the compatibility rules read everything else from it.
/// </summary>
public static class WirePrimitives
{
    /// <summary>Every primitive, in the order of <see cref="PrimitiveKind"/>.</summary>
    public static IReadOnlyList<WirePrimitive> All { get; } = new[]
    {
        new WirePrimitive(PrimitiveKind.Boolean, "boolean", "System.Boolean", "bool", "ReadBoolean", PrimitiveWriteStyle.Boolean),
        Integer(PrimitiveKind.Int8, "int8", "System.SByte", "sbyte", sbyte.MinValue, sbyte.MaxValue),
        Integer(PrimitiveKind.UInt8, "uint8", "System.Byte", "byte", byte.MinValue, byte.MaxValue),
        Integer(PrimitiveKind.Int16, "int16", "System.Int16", "short", short.MinValue, short.MaxValue),
        Integer(PrimitiveKind.UInt16, "uint16", "System.UInt16", "ushort", ushort.MinValue, ushort.MaxValue),
        Integer(PrimitiveKind.Int32, "int32", "System.Int32", "int", int.MinValue, int.MaxValue),
        Integer(PrimitiveKind.UInt32, "uint32", "System.UInt32", "uint", uint.MinValue, uint.MaxValue),
        Integer(PrimitiveKind.Int64, "int64", "System.Int64", "long", long.MinValue, long.MaxValue),
        Integer(PrimitiveKind.UInt64, "uint64", "System.UInt64", "ulong", ulong.MinValue, ulong.MaxValue),
        new WirePrimitive(PrimitiveKind.Float32, "float32", "System.Single", "float", "ReadSingle", PrimitiveWriteStyle.Number),
        new WirePrimitive(PrimitiveKind.Float64, "float64", "System.Double", "double", "ReadDouble", PrimitiveWriteStyle.Number),
        new WirePrimitive(PrimitiveKind.Decimal, "decimal", "System.Decimal", "decimal", "ReadDecimal", PrimitiveWriteStyle.Number),
        new WirePrimitive(PrimitiveKind.String, "string", "System.String", "string", "ReadString", PrimitiveWriteStyle.String),
        new WirePrimitive(PrimitiveKind.Guid, "guid", "System.Guid", "Guid", "ReadGuid", PrimitiveWriteStyle.String),
        new WirePrimitive(PrimitiveKind.DateTimeOffset, "date-time-offset", "System.DateTimeOffset", "DateTimeOffset", "ReadDateTimeOffset", PrimitiveWriteStyle.String),
        new WirePrimitive(PrimitiveKind.Date, "date", "System.DateOnly", "DateOnly", "ReadDateOnly", PrimitiveWriteStyle.Helper, "WriteDateOnly"),
        new WirePrimitive(PrimitiveKind.Time, "time", "System.TimeOnly", "TimeOnly", "ReadTimeOnly", PrimitiveWriteStyle.Helper, "WriteTimeOnly"),
        new WirePrimitive(PrimitiveKind.Duration, "duration", "System.TimeSpan", "TimeSpan", "ReadTimeSpan", PrimitiveWriteStyle.Helper, "WriteTimeSpan"),
    };

    private static readonly Dictionary<string, WirePrimitive> ByWire = All.ToDictionary(p => p.WireName, StringComparer.Ordinal);

    private static readonly Dictionary<string, WirePrimitive> ByClr = All.ToDictionary(p => p.ClrTypeName, StringComparer.Ordinal);

    /// <summary>The row of <paramref name="kind"/>.</summary>
    public static WirePrimitive Of(PrimitiveKind kind) => All[(int)kind];

    /// <summary>The primitive the manifest spells <paramref name="wireName"/>, or null.</summary>
    public static WirePrimitive? FromWireName(string wireName) => ByWire.TryGetValue(wireName, out var primitive) ? primitive : null;

    /// <summary>The primitive a .NET type (by metadata name, <c>System.Int32</c>) carries, or null when it is not one.</summary>
    public static WirePrimitive? FromClrType(string metadataName) => ByClr.TryGetValue(metadataName, out var primitive) ? primitive : null;

    private static WirePrimitive Integer(PrimitiveKind kind, string wire, string clr, string csharp, decimal min, decimal max)
        => new(kind, wire, clr, csharp, "Read" + clr.Substring("System.".Length), PrimitiveWriteStyle.Number, IntegerRange: (min, max));
}
