namespace Contracts.Generated.Tests;

/// <summary>Optional members take their declared default when absent; required ones (incl. C# <c>required</c>) must be sent.</summary>
public sealed class OptionalMemberTests
{
    [Fact]
    public void Absent_optional_members_take_their_defaults_and_initializers()
    {
        var received = Json.Read<Defaults>("""{"name":"n","owner":"o","attempt":2}""");

        Assert.Equal(
            new Defaults("n", "none", 3, Colour.Blue, 1.25m, true, null) { ShipBy = null, Owner = "o", Attempt = 2, Retries = 5, Region = "eu-west" },
            received);
    }

    [Fact]
    public void Present_optional_members_override_defaults_and_initializers()
    {
        var sent = new Defaults("n", "sku-9", 0, Colour.Red, 0m, false, "note")
        {
            ShipBy = new DateOnly(2030, 1, 2), Owner = "o", Attempt = 0, Retries = 0, Region = "",
        };

        Assert.Equal(sent, Json.RoundTrip(sent));
    }

    [Fact]
    public void A_value_equal_to_the_default_is_still_written()
    {
        var json = Json.Write(new Defaults("n") { Owner = "o", Attempt = 1 });

        Assert.Equal(
            """{"name":"n","sku_code":"none","priority":3,"colour":"deep-blue","rate":1.25,"enabled":true,"owner":"o","attempt":1,"retries":5,"region":"eu-west"}""",
            json);
    }

    [Theory]
    [InlineData("""{"owner":"o","attempt":1}""", "name")]
    [InlineData("""{"name":"n","attempt":1}""", "owner")]
    [InlineData("""{"name":"n","owner":"o"}""", "attempt")]
    public void A_missing_required_member_is_rejected(string json, string member)
    {
        var failure = Json.Failure<Defaults>(json);

        Assert.Equal("$", failure.Path);
        Assert.Equal($"required member '{member}' is missing", failure.Reason);
    }

    [Theory]
    [InlineData("sku_code")]
    [InlineData("priority")]
    [InlineData("colour")]
    [InlineData("retries")]
    [InlineData("region")]
    public void Null_for_a_defaulted_non_nullable_member_is_rejected(string member)
    {
        var failure = Json.Failure<Defaults>($$"""{"name":"n","owner":"o","attempt":1,"{{member}}":null}""");

        Assert.Equal("$." + member, failure.Path);
        Assert.Contains("null is not allowed", failure.Reason, StringComparison.Ordinal);
    }
}
