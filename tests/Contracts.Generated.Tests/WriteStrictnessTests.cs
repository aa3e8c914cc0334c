namespace Contracts.Generated.Tests;

/// <summary>A value the reader would reject is refused when written, so a publisher never sends what no one can read.</summary>
public sealed class WriteStrictnessTests
{
    [Fact]
    public void An_undefined_enum_value_is_refused()
    {
        var failure = Assert.Throws<ArgumentOutOfRangeException>(() => Json.Write(new Postcode("p", (Colour)42)));

        Assert.Contains("42 is not a named member of enum Colour", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_in_a_non_nullable_member_is_refused_with_its_wire_name()
    {
        var failure = Assert.ThrowsAny<ArgumentException>(() => Json.Write(new Renamed(null!, "Lovelace", "/a", 36)));

        Assert.Contains("'given_name'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_publisher_refuses_an_unreadable_message_and_nothing_is_sent()
    {
        await using var host = await TestHost.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => host.Publisher.PublishAsync(new PriceChangedV2("s", 1m, null!)).AsTask());

        Assert.Equal(0, host.Transport.PublishedCount);
    }
}
