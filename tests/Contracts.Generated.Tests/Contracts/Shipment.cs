namespace Contracts.Generated.Tests;

/// <summary>The message whose exact JSON is pinned by a golden string.</summary>
[Message("tests.shipment", Version = 3)]
public partial record Shipment(
    Guid ShipmentId,
    [property: WireName("ref")] string Reference,
    Colour Colour,
    DateOnly Day,
    TimeOnly Time,
    DateTimeOffset At,
    TimeSpan Duration,
    decimal Weight,
    IReadOnlyList<Dimensions> Boxes,
    IReadOnlyDictionary<string, int> Counts,
    string? Note = null,
    int? Priority = null,
    Colour? Backup = null);
