namespace Contracts.Generated.Tests.Fuzz;

/// <summary>
/// The messages the payload fuzz breaks, chosen so that together they hold every wire type: every primitive, plain
/// and nullable, enums with and without a fallback, nested records and record structs, arrays, lists and dictionaries
/// of each, defaults, init and required members, and pinned wire names. Every value is fixed, so a seed always
/// produces the same bodies.
/// </summary>
internal static class FuzzCorpus
{
    private static readonly Guid Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    public static IReadOnlyList<FuzzTarget> Targets() =>
    [
        FuzzTarget.For(
            Samples.Typical() with { Id = Id },
            Samples.Minimums(),
            Samples.Maximums(),
            Samples.Awkward() with { Id = Id }),
        FuzzTarget.For(Samples.AllSet(), new Nullables()),
        FuzzTarget.For(
            new Defaults("n", "sku-9", 0, Colour.Red, 0.10m, false, "note") { ShipBy = new DateOnly(2024, 2, 29), Owner = "o", Attempt = 2, Retries = 1, Region = "ap" },
            new Defaults("n") { Owner = "o", Attempt = 1 }),
        FuzzTarget.For(new Probe(
            1, 2, "n", Id, new DateOnly(2024, 2, 9), new TimeOnly(7, 5, 3), new DateTimeOffset(2024, 2, 9, 7, 5, 3, TimeSpan.FromHours(2)),
            TimeSpan.FromHours(1), Colour.Green, [new ProbeLine("a", 1), new ProbeLine("b", 2)],
            new Dictionary<string, int> { ["x"] = 1, ["y"] = 2 }, new ProbeLine("m", 3), "note")),
        FuzzTarget.For(new Shipment(
            Id, "ref-1", Colour.Blue, new DateOnly(2024, 12, 31), new TimeOnly(23, 59, 59, 999), DateTimeOffset.UnixEpoch,
            TimeSpan.FromDays(-1.5), 12.345m, [new Dimensions(1, 2)], new Dictionary<string, int> { ["crates"] = 3 }, "fragile", 2, Colour.Red)),
        FuzzTarget.For(new ParcelSent("T1", Carrier.Courier, [Carrier.Post, Carrier.Unknown])),
        FuzzTarget.For(new Renamed("Ada", "Lovelace", "/a", 36)),
        FuzzTarget.For(new OrderPlaced(
            Id, "customer-7", [new OrderLine("sku-1", 2, 4.50m), new OrderLine("gift-wrap", 1, 0.5m)], 9.50m,
            new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.FromHours(-5)), "coupon")),
    ];
}
