namespace Contracts.Generated.Tests;

/// <summary>Every supported member type survives write then read through the generated serializers.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> EverythingCases => new() { "typical", "minimums", "maximums", "awkward" };

    private static Everything Case(string name) => name switch
    {
        "typical" => Samples.Typical(),
        "minimums" => Samples.Minimums(),
        "maximums" => Samples.Maximums(),
        "awkward" => Samples.Awkward(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(EverythingCases))]
    public void Every_non_nullable_type_round_trips(string name)
    {
        var sent = Case(name);

        var received = Json.RoundTrip(sent);

        Structural.Equal(sent, received);
    }

    [Fact]
    public void Every_nullable_form_round_trips_when_set()
    {
        var sent = Samples.AllSet();

        Structural.Equal(sent, Json.RoundTrip(sent));
    }

    [Fact]
    public void Every_nullable_form_round_trips_when_null()
    {
        var sent = new Nullables();

        var received = Json.RoundTrip(sent);

        Assert.Equal("{}", Json.Write(sent));
        Assert.Equal(sent, received); // no collections set, so record equality is exact here
    }

    [Fact]
    public void Explicit_nulls_on_the_wire_read_as_null()
    {
        var received = Json.Read<Nullables>("""{"flag":null,"text":null,"size":null,"home":null,"numbers":null,"counts":null,"colour":null}""");

        Assert.Equal(new Nullables(), received);
    }

    [Fact]
    public void A_record_without_collections_is_equal_after_the_round_trip()
    {
        var sent = new ProbeLine("sku-1", 7);

        Assert.Equal(sent, Json.RoundTrip(sent));
    }

    [Theory]
    [InlineData(1.1)]
    [InlineData(0.1 + 0.2)]
    [InlineData(-0.0)]
    [InlineData(1e308)]
    [InlineData(5e-324)]
    public void Doubles_round_trip_bit_for_bit(double value)
    {
        var received = Json.RoundTrip(new Dimensions(value, value));

        Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(received.Width));
    }

    [Fact]
    public void Structural_equality_notices_a_difference_deep_in_a_collection()
    {
        var sent = Samples.Typical();
        var changed = sent with { Addresses = [Samples.Address("Paris"), Samples.Address("Nizza")] };

        var failure = Assert.ThrowsAny<Exception>(() => Structural.Equal(sent, changed));

        Assert.Contains("value.Addresses[1].City", failure.Message, StringComparison.Ordinal);
    }
}
