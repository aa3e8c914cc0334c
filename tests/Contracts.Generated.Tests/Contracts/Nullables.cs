namespace Contracts.Generated.Tests;

/// <summary>Every nullable form of the supported types; all members optional.</summary>
[Message("tests.nullables", Version = 1)]
public partial record Nullables(
    bool? Flag = null, byte? U8 = null, sbyte? I8 = null, short? I16 = null, ushort? U16 = null, int? I32 = null,
    uint? U32 = null, long? I64 = null, ulong? U64 = null, float? F32 = null, double? F64 = null, decimal? Money = null,
    string? Text = null, Guid? Id = null, DateTimeOffset? At = null, DateOnly? Day = null, TimeOnly? Time = null,
    TimeSpan? Duration = null, Colour? Colour = null, Dimensions? Size = null, Address? Home = null,
    int[]? Numbers = null, IReadOnlyList<string>? Words = null, IReadOnlyDictionary<string, int>? Counts = null,
    IReadOnlyList<int?>? Gaps = null, IReadOnlyList<string?>? Notes = null, IReadOnlyList<Address?>? MaybeHomes = null,
    IReadOnlyList<Dimensions?>? MaybeSizes = null, IReadOnlyDictionary<string, Colour?>? MaybeColours = null,
    IReadOnlyDictionary<string, string?>? Labels = null);
