using System.Text;
using System.Text.Json.Nodes;
using Contracts.Serialization;

namespace Contracts.Interop.Tests;

/// <summary>
/// Bodies of <see cref="EveryType"/>: what the generated writer produces for typical and edge values, and bodies the
/// generated reader refuses (each case checks that it does, so the table cannot drift from the reader).
/// </summary>
internal static class Bodies
{
    public static Line Line(string sku = "A-1") => new(sku, 2, 19.90m);

    public static EveryType Typical() => new(
        Flag: true, I8: -100, U8: 200, I16: -30000, U16: 60000, I32: -2_000_000_000, U32: 4_000_000_000, I64: -9_000_000_000_000,
        U64: 18_000_000_000_000_000_000, F32: 3.25f, F64: -1234.5678, Money: 62.00m, Text: "héllo \"quoted\" 😀",
        Id: Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), At: new DateTimeOffset(2024, 2, 29, 13, 45, 30, 250, TimeSpan.FromHours(2)),
        Day: new DateOnly(2024, 2, 29), Time: new TimeOnly(13, 45, 30, 250), Duration: new TimeSpan(1, 2, 3, 4, 500),
        Carrier: Carrier.Courier, Colour: Colour.Blue, Main: Line(),
        Lines: [Line("A-1"), Line("B-2") with { Comment = "gift" }], Prices: new Dictionary<string, decimal> { ["apple"] = 0.50m },
        Grid: [[1, 2], [], [long.MaxValue]]);

    public static EveryType Minimums() => Typical() with
    {
        Flag = false, I8 = sbyte.MinValue, U8 = byte.MinValue, I16 = short.MinValue, U16 = ushort.MinValue, I32 = int.MinValue,
        U32 = uint.MinValue, I64 = long.MinValue, U64 = ulong.MinValue, F32 = float.MinValue, F64 = double.MinValue,
        Money = decimal.MinValue, Text = "", Id = Guid.Empty, At = DateTimeOffset.MinValue, Day = DateOnly.MinValue,
        Time = TimeOnly.MinValue, Duration = TimeSpan.MinValue, Lines = [], Prices = new Dictionary<string, decimal>(), Grid = [],
    };

    public static EveryType Maximums() => Typical() with
    {
        I8 = sbyte.MaxValue, U8 = byte.MaxValue, I16 = short.MaxValue, U16 = ushort.MaxValue, I32 = int.MaxValue,
        U32 = uint.MaxValue, I64 = long.MaxValue, U64 = ulong.MaxValue, F32 = float.MaxValue, F64 = double.MaxValue,
        Money = decimal.MaxValue, Id = Guid.AllBitsSet, At = DateTimeOffset.MaxValue, Day = DateOnly.MaxValue,
        Time = TimeOnly.MaxValue, Duration = TimeSpan.MaxValue,
    };

    public static EveryType AllOptionalSet() => Typical() with
    {
        Note = "n", Count = 0, Ref = Guid.Empty, Until = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.FromMinutes(-(9 * 60 + 30))),
        Tint = Colour.Red, Spare = Line("S"), Gaps = [1, null], Labels = new Dictionary<string, string?> { ["k"] = null, ["v"] = "w" },
    };

    /// <summary>What the .NET writer produces for <paramref name="value"/>.</summary>
    public static string Write(EveryType value) => Encoding.UTF8.GetString(ContractSerializer.SerializeToUtf8Bytes(value));

    /// <summary>The typical body with <paramref name="change"/> applied to its JSON.</summary>
    public static string Changed(Action<JsonObject> change)
    {
        var body = JsonNode.Parse(Write(Typical()))!.AsObject();
        change(body);
        return body.ToJsonString();
    }

    /// <summary>True when the .NET reader reads <paramref name="body"/>; false when it refuses it as malformed.</summary>
    public static bool Reads(string body)
    {
        try
        {
            ContractSerializer.Deserialize<EveryType>(Encoding.UTF8.GetBytes(body));
            return true;
        }
        catch (MessageFormatException)
        {
            return false;
        }
    }
}
