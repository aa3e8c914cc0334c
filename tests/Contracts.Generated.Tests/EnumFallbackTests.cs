namespace Contracts.Generated.Tests;

/// <summary>[EnumFallback]: names this build does not know read as the fallback member; everything else stays strict.</summary>
public sealed class EnumFallbackTests
{
    [Fact]
    public void Known_names_read_as_themselves()
    {
        var sent = new ParcelSent("T1", Carrier.Courier, [Carrier.Post, Carrier.Unknown]);

        Assert.Equal("""{"trackingCode":"T1","carrier":"courier-express","alternatives":["Post","Unknown"]}""", Json.Write(sent));
        Structural.Equal(sent, Json.RoundTrip(sent));
    }

    [Fact]
    public void A_name_added_by_the_producer_reads_as_the_fallback()
    {
        var read = Json.Read<ParcelSent>("""{"trackingCode":"T1","carrier":"drone","alternatives":["Post","bike","Courier"]}""");

        Assert.Equal(Carrier.Unknown, read.Carrier);
        Assert.Equal(new[] { Carrier.Post, Carrier.Unknown, Carrier.Unknown }, read.Alternatives);
    }

    [Fact]
    public void A_value_that_is_not_a_string_is_still_an_error()
    {
        var failure = Json.Failure<ParcelSent>("""{"trackingCode":"T1","carrier":2,"alternatives":[]}""");

        Assert.Equal("$.carrier", failure.Path);
        Assert.Contains("expected a string", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enum_without_a_fallback_stays_strict()
    {
        var failure = Json.Failure<Probe>(ProbeJson.With("\"colour\":\"Green\"", "\"colour\":\"Purple\""));

        Assert.Contains("'Purple' is not a member of enum Colour", failure.Reason, StringComparison.Ordinal);
    }
}
