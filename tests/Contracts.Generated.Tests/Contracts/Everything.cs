namespace Contracts.Generated.Tests;

/// <summary>Colours on the wire; <see cref="Blue"/> is pinned to another wire name.</summary>
public enum Colour
{
    Red,
    Green,
    [WireName("deep-blue")] Blue,
}

/// <summary>Every supported non-nullable member type, including nested records and collections of them.</summary>
[Message("tests.everything", Version = 1)]
public partial record Everything(
    bool Flag, byte U8, sbyte I8, short I16, ushort U16, int I32, uint U32, long I64, ulong U64,
    float F32, double F64, decimal Money, string Text, Guid Id, DateTimeOffset At, DateOnly Day, TimeOnly Time,
    TimeSpan Duration, Colour Colour, Dimensions Size, Address Home,
    int[] Numbers, string[] Words, IReadOnlyList<Dimensions> Parts, IReadOnlyList<Address> Addresses,
    IReadOnlyList<IReadOnlyList<long>> Grid,
    IReadOnlyDictionary<string, decimal> Prices, IReadOnlyDictionary<string, Address> Sites,
    IReadOnlyDictionary<string, IReadOnlyList<Colour>> Palette);

/// <summary>A nested record struct.</summary>
public partial record struct Dimensions(double Width, double Height);

/// <summary>A nested record class that nests another record.</summary>
public partial record Address(string Street, string City, Postcode Code);

/// <summary>A record nested two levels down.</summary>
public partial record Postcode(string Value, Colour Zone);
