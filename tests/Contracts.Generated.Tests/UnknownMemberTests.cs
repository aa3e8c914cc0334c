namespace Contracts.Generated.Tests;

/// <summary>A newer producer's extra members are skipped; nothing is ever chosen or created from a type name on the wire.</summary>
public sealed class UnknownMemberTests
{
    private static readonly Probe Expected = Json.Read<Probe>(ProbeJson.Valid);

    public static TheoryData<string, string> Extras => new()
    {
        { "scalar", "\"added\":42," },
        { "null", "\"added\":null," },
        { "object with arrays inside", "\"added\":{\"a\":[1,{\"b\":[[],{}]}],\"c\":{\"d\":null}}," },
        { "array of objects", "\"added\":[{\"sku\":\"x\"},[\"nested\"],true]," },
        { "member that differs only in case", "\"Count\":\"not a number\",\"NAME\":5," },
        { "type name at the top", "\"$type\":\"System.Diagnostics.Process, System\"," },
        { "type name object", "\"$type\":{\"$type\":\"System.IO.FileInfo\",\"path\":\"/etc/passwd\"}," },
    };

    [Theory]
    [MemberData(nameof(Extras))]
    public void Extra_members_before_known_ones_are_skipped(string @case, string extra)
    {
        var received = Json.Read<Probe>(ProbeJson.With("{\"count\"", "{" + extra + "\"count\""));

        Structural.Equal(Expected, received);
        Assert.NotNull(@case);
    }

    [Theory]
    [MemberData(nameof(Extras))]
    public void Extra_members_in_nested_objects_are_skipped(string @case, string extra)
    {
        var received = Json.Read<Probe>(ProbeJson.With("{\"sku\":\"b\"", "{" + extra + "\"sku\":\"b\"").Replace("\"main\":{", "\"main\":{" + extra, StringComparison.Ordinal));

        Structural.Equal(Expected, received);
        Assert.NotNull(@case);
    }

    [Fact]
    public void A_type_name_in_a_record_member_does_not_change_what_is_read()
    {
        var received = Json.Read<Probe>(ProbeJson.With("\"main\":{", "\"main\":{\"$type\":\"Contracts.Generated.Tests.Probe\","));

        Assert.IsType<ProbeLine>(received.Main);
        Assert.Equal(new ProbeLine("m", 3), received.Main);
    }

    [Fact]
    public void A_type_name_key_in_a_dictionary_is_just_a_key()
    {
        var received = Json.Read<Probe>(ProbeJson.With("\"tally\":{", "\"tally\":{\"$type\":7,"));

        Assert.Equal(7, received.Tally["$type"]);
        Assert.Equal(3, received.Tally.Count);
    }
}
