namespace Contracts.Generated.Tests;

/// <summary>The exact bytes on the wire for a known message: what other services and languages read.</summary>
public sealed class JsonShapeTests
{
    private static readonly Shipment Known = new(
        ShipmentId: Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Reference: "R-1",
        Colour: Colour.Blue,
        Day: new DateOnly(2024, 2, 9),
        Time: new TimeOnly(7, 5, 3, 250),
        At: new DateTimeOffset(2024, 2, 9, 7, 5, 3, 250, TimeSpan.FromHours(2)),
        Duration: new TimeSpan(1, 2, 3, 4, 500),
        Weight: 12.50m,
        Boxes: [new Dimensions(1.5, 2)],
        Counts: new Dictionary<string, int> { ["small"] = 2 });

    [Fact]
    public void A_known_message_has_the_golden_shape()
    {
        const string golden =
            """{"shipmentId":"0f8fad5b-d9cb-469f-a165-70867728950e","ref":"R-1","colour":"deep-blue","day":"2024-02-09","time":"07:05:03.25","at":"2024-02-09T07:05:03.25+02:00","duration":"1.02:03:04.5000000","weight":12.50,"boxes":[{"width":1.5,"height":2}],"counts":{"small":2}}""";

        Assert.Equal(golden, Json.Write(Known));
    }

    [Fact]
    public void Optional_members_are_written_when_set()
    {
        var json = Json.Write(Known with { Note = "fragile", Priority = 0, Backup = Colour.Red });

        Assert.EndsWith(""","note":"fragile","priority":0,"backup":"Red"}""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Whole_seconds_and_dates_are_written_without_fractions()
    {
        var json = Json.Write(Known with { Time = new TimeOnly(23, 0), At = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), Duration = TimeSpan.FromMinutes(-90) });

        Assert.Contains(""","time":"23:00:00","at":"2024-01-01T00:00:00Z","duration":"-01:30:00",""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Utc_is_written_as_Z_and_both_forms_read_back_to_the_same_instant()
    {
        // Z, because zod's default z.iso.datetime() refuses +00:00 (docs/wire-format.md); readers keep taking both.
        var utc = Known with { At = new DateTimeOffset(2024, 2, 9, 5, 5, 3, 250, TimeSpan.Zero) };
        var json = Json.Write(utc);

        Assert.Contains("\"at\":\"2024-02-09T05:05:03.25Z\"", json, StringComparison.Ordinal);
        Assert.Equal(utc.At, Json.Read<Shipment>(json).At);
        Assert.Equal(utc.At, Json.Read<Shipment>(json.Replace("05:05:03.25Z", "05:05:03.25+00:00", StringComparison.Ordinal)).At);
    }
}
