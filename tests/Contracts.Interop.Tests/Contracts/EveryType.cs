namespace Contracts.Interop.Tests;

/// <summary>A message with every wire type, required and nullable, for the ajv and tsc tables.</summary>
[Message("interop.every-type", Version = 1)]
public partial record EveryType(
    bool Flag, sbyte I8, byte U8, short I16, ushort U16, int I32, uint U32, long I64, ulong U64,
    float F32, double F64, decimal Money, string Text, Guid Id, DateTimeOffset At, DateOnly Day, TimeOnly Time,
    TimeSpan Duration, Carrier Carrier, Colour Colour, Line Main,
    IReadOnlyList<Line> Lines, IReadOnlyDictionary<string, decimal> Prices, IReadOnlyList<IReadOnlyList<long>> Grid,
    string? Note = null, int? Count = null, Guid? Ref = null, DateTimeOffset? Until = null, Colour? Tint = null,
    Line? Spare = null, IReadOnlyList<int?>? Gaps = null, IReadOnlyDictionary<string, string?>? Labels = null);

/// <summary>A nested object.</summary>
public partial record Line(string Sku, int Quantity, decimal UnitPrice, string? Comment = null);

/// <summary>An enum without a fallback: a reader refuses names it does not know.</summary>
public enum Colour
{
    Red,
    Green,
    [WireName("deep-blue")] Blue,
}

/// <summary>An enum with a fallback: a reader takes names it does not know as <see cref="Unknown"/>.</summary>
public enum Carrier
{
    [EnumFallback] Unknown,
    Post,
    Courier,
}

/// <summary>This project publishes <see cref="EveryType"/>, so its lock gives the producer's schema.</summary>
[Publishes<EveryType>]
public partial class InteropPublisher;
