namespace Contracts.Generated.Tests;

/// <summary>Member names on the wire: camelCase by default, <c>[WireName]</c> wherever C# lets the user put it.</summary>
public sealed class WireNameTests
{
    [Fact]
    public void WireName_on_the_parameter_or_the_property_pins_the_name()
    {
        var json = Json.Write(new Renamed("Ada", "Lovelace", "/a", 36));

        Assert.Equal("""{"given_name":"Ada","family_name":"Lovelace","urlPath":"/a","age":36}""", json);
    }

    [Fact]
    public void The_pinned_names_are_the_ones_read_back()
    {
        var sent = new Renamed("Ada", "Lovelace", "/a", 36);

        Assert.Equal(sent, Json.Read<Renamed>("""{"given_name":"Ada","family_name":"Lovelace","urlPath":"/a","age":36}"""));
        Assert.Equal(sent, Json.RoundTrip(sent));
    }

    [Fact]
    public void The_CSharp_names_are_not_accepted_for_pinned_members()
    {
        var failure = Json.Failure<Renamed>("""{"firstName":"Ada","lastName":"Lovelace","urlPath":"/a","age":36}""");

        Assert.Equal("$", failure.Path);
        Assert.Equal("required member 'given_name' is missing", failure.Reason);
    }
}
