using static Contracts.Compatibility.Tests.SchemaBuilder;

namespace Contracts.Compatibility.Tests;

/// <summary>Non-transitive modes compare with the latest locked version only; transitive ones with all of them.</summary>
public sealed class TransitiveTests
{
    // v1 has an optional note (string), v2 drops it, v3 brings it back as an int32.
    private static readonly ContractSchema V1 = Msg(1, Req("id", Str), Opt("note", Str.OrNull()));
    private static readonly ContractSchema V2 = Msg(2, Req("id", Str));
    private static readonly ContractSchema V3 = Msg(3, Req("id", Str), Opt("note", I32.OrNull()));

    [Theory]
    [InlineData(nameof(CompatibilityMode.Full))]
    [InlineData(nameof(CompatibilityMode.Backward))]
    [InlineData(nameof(CompatibilityMode.Forward))]
    public void Member_readded_with_another_type_passes_against_the_latest(string mode) =>
        Assert.Empty(CompatibilityEngine.Check(Enum.Parse<CompatibilityMode>(mode), V3, [V1, V2]));

    [Fact]
    public void Member_readded_with_another_type_fails_full_transitive_against_the_first()
    {
        var violations = CompatibilityEngine.Check(CompatibilityMode.FullTransitive, V3, [V1, V2]);

        Assert.Equal(["TYPE_CHANGED@$.note", "TYPE_CHANGED@$.note"], Keys(violations));
        Assert.All(violations, v => Assert.Contains("v1", v.Reader + v.Writer));
        Assert.Contains(violations, v => v.Changed == ChangedSide.Reader && v.Writer == V1.Display);
        Assert.Contains(violations, v => v.Changed == ChangedSide.Writer && v.Reader == V1.Display);
    }

    [Theory]
    [InlineData(nameof(CompatibilityMode.BackwardTransitive), nameof(ChangedSide.Reader))]
    [InlineData(nameof(CompatibilityMode.ForwardTransitive), nameof(ChangedSide.Writer))]
    public void One_directional_transitive_modes_fail_in_their_direction(string mode, string side)
    {
        var violation = Assert.Single(CompatibilityEngine.Check(Enum.Parse<CompatibilityMode>(mode), V3, [V1, V2]));

        Assert.Equal(Enum.Parse<ChangedSide>(side), violation.Changed);
        Assert.Equal(RuleIds.TypeChanged, violation.RuleId);
    }

    [Fact]
    public void Nothing_locked_means_nothing_to_break() =>
        Assert.Empty(CompatibilityEngine.Check(CompatibilityMode.FullTransitive, V3, []));

    [Fact]
    public void None_checks_nothing() =>
        Assert.Empty(CompatibilityEngine.Check(CompatibilityMode.None, Msg(2), [V1]));
}
