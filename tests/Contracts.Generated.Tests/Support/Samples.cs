namespace Contracts.Generated.Tests;

/// <summary>Values of the test contracts: typical ones and ones at the edges of each type.</summary>
internal static class Samples
{
    public static Address Address(string city = "Lyon") => new("1 Rue de la Paix", city, new Postcode("69001", Colour.Blue));

    public static Everything Typical() => new(
        Flag: true, U8: 200, I8: -100, I16: -30000, U16: 60000, I32: -2_000_000_000, U32: 4_000_000_000, I64: -9_000_000_000_000,
        U64: 18_000_000_000_000_000_000, F32: 3.25f, F64: -1234.5678, Money: 1234.50m, Text: "hello", Id: Guid.NewGuid(),
        At: new DateTimeOffset(2024, 2, 29, 13, 45, 30, 250, TimeSpan.FromHours(2)), Day: new DateOnly(2024, 2, 29),
        Time: new TimeOnly(13, 45, 30, 250), Duration: new TimeSpan(1, 2, 3, 4, 500), Colour: Colour.Green,
        Size: new Dimensions(1.5, 2.25), Home: Address(),
        Numbers: [1, 2, 3], Words: ["a", "b"], Parts: [new Dimensions(1, 2), new Dimensions(3, 4)],
        Addresses: [Address("Paris"), Address("Nice")], Grid: [[1, 2], [], [3]],
        Prices: new Dictionary<string, decimal> { ["apple"] = 0.5m, ["pear"] = 1.75m },
        Sites: new Dictionary<string, Address> { ["hq"] = Address("Lille") },
        Palette: new Dictionary<string, IReadOnlyList<Colour>> { ["flag"] = [Colour.Blue, Colour.Red], ["none"] = [] });

    public static Everything Minimums() => Typical() with
    {
        Flag = false, U8 = byte.MinValue, I8 = sbyte.MinValue, I16 = short.MinValue, U16 = ushort.MinValue, I32 = int.MinValue,
        U32 = uint.MinValue, I64 = long.MinValue, U64 = ulong.MinValue, F32 = float.MinValue, F64 = double.MinValue,
        Money = decimal.MinValue, Text = "", Id = Guid.Empty, At = DateTimeOffset.MinValue, Day = DateOnly.MinValue,
        Time = TimeOnly.MinValue, Duration = TimeSpan.MinValue, Colour = Colour.Red,
        Numbers = [], Words = [], Parts = [], Addresses = [], Grid = [],
        Prices = new Dictionary<string, decimal>(), Sites = new Dictionary<string, Address>(),
        Palette = new Dictionary<string, IReadOnlyList<Colour>>(),
    };

    public static Everything Maximums() => Typical() with
    {
        U8 = byte.MaxValue, I8 = sbyte.MaxValue, I16 = short.MaxValue, U16 = ushort.MaxValue, I32 = int.MaxValue,
        U32 = uint.MaxValue, I64 = long.MaxValue, U64 = ulong.MaxValue, F32 = float.MaxValue, F64 = double.MaxValue,
        Money = decimal.MaxValue, Id = Guid.AllBitsSet,
        At = DateTimeOffset.MaxValue, Day = DateOnly.MaxValue, Time = TimeOnly.MaxValue, Duration = TimeSpan.MaxValue,
        Numbers = [int.MinValue, 0, int.MaxValue],
    };

    /// <summary>Values that are hard to write and read back exactly.</summary>
    public static Everything Awkward() => Typical() with
    {
        F32 = float.Epsilon, F64 = double.Epsilon, Money = 0.0000000000000000000000000001m,
        Text = "quote \" backslash \\ slash / tab \t newline \n nul \0 bell \u0007 <html> & 'apos' + é ü 中文 😀 \uFFFD",
        At = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.FromMinutes(-(14 * 60))).AddTicks(1),
        Time = new TimeOnly(23, 59, 59).Add(TimeSpan.FromTicks(9_999_999)),
        Duration = TimeSpan.FromTicks(-1),
        Words = ["", " ", "ключ", "\u2028\u2029"],
        Prices = new Dictionary<string, decimal> { [""] = 1m, ["with \"quotes\" and .dots[0]"] = 79228162514264337593543950.335m, ["日本"] = -0.10m },
        Palette = new Dictionary<string, IReadOnlyList<Colour>> { ["$type"] = [Colour.Green] },
    };

    public static Nullables AllSet() => new(
        Flag: false, U8: 0, I8: 0, I16: 0, U16: 0, I32: 0, U32: 0, I64: 0, U64: 0, F32: 0, F64: 0, Money: 0m,
        Text: "", Id: Guid.Empty, At: DateTimeOffset.UnixEpoch, Day: new DateOnly(1970, 1, 1), Time: TimeOnly.MinValue,
        Duration: TimeSpan.Zero, Colour: Colour.Blue, Size: new Dimensions(0, 0), Home: Address(),
        Numbers: [], Words: ["x"], Counts: new Dictionary<string, int> { ["a"] = 1 },
        Gaps: [1, null, 3], Notes: [null, "n"], MaybeHomes: [null, Address()], MaybeSizes: [new Dimensions(1, 1), null],
        MaybeColours: new Dictionary<string, Colour?> { ["none"] = null, ["red"] = Colour.Red },
        Labels: new Dictionary<string, string?> { ["k"] = null, ["v"] = "value" });
}
