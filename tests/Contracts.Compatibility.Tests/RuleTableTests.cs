namespace Contracts.Compatibility.Tests;

/// <summary>
/// Every case of <see cref="RuleCases"/> under every mode: the mode only picks which directions are asked, so
/// the expected violations are derived from the two directions the case states, and a wrong pairing in
/// <see cref="CompatibilityEngine.Check"/> (or a rule named from the wrong side) fails here.
/// </summary>
public sealed class RuleTableTests
{
    public static TheoryData<string, string> CasesTimesModes()
    {
        var data = new TheoryData<string, string>();
        foreach (var rule in RuleCases.All)
        {
            foreach (var mode in Enum.GetNames<CompatibilityMode>())
            {
                data.Add(rule.Name, mode);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CasesTimesModes))]
    public void Mode_reports_exactly_the_directions_it_asks(string caseName, string modeName)
    {
        var rule = RuleCases.All.Single(c => c.Name == caseName);
        var mode = Enum.Parse<CompatibilityMode>(modeName);
        var asksBackward = mode is CompatibilityMode.Backward or CompatibilityMode.BackwardTransitive or CompatibilityMode.Full or CompatibilityMode.FullTransitive;
        var asksForward = mode is CompatibilityMode.Forward or CompatibilityMode.ForwardTransitive or CompatibilityMode.Full or CompatibilityMode.FullTransitive;
        var expected = (asksBackward ? rule.NewReadsOld : []).Concat(asksForward ? rule.OldReadsNew : [])
            .OrderBy(k => k, StringComparer.Ordinal).ToArray();

        var violations = CompatibilityEngine.Check(mode, rule.New with { Version = 2 }, [rule.Old]);

        Assert.Equal(expected, SchemaBuilder.Keys(violations));
    }

    [Fact]
    public void Every_named_rule_is_breaking_in_at_least_one_case()
    {
        var seen = RuleCases.All.SelectMany(c => c.NewReadsOld.Concat(c.OldReadsNew)).Select(k => k.Split('@')[0]).ToHashSet();
        string[] pairRules =
        [
            RuleIds.FieldRemoved, RuleIds.RequiredFieldAdded, RuleIds.OptionalMadeRequired, RuleIds.RequiredMadeOptional,
            RuleIds.WireNameChanged, RuleIds.TypeChanged, RuleIds.NullabilityChanged, RuleIds.EnumMemberRemoved,
            RuleIds.EnumMemberAdded, RuleIds.CollectionElementChanged, RuleIds.MapValueChanged,
        ];

        Assert.All(pairRules, r => Assert.Contains(r, seen));
    }

    [Fact]
    public void Violation_names_both_contracts_and_the_changed_side()
    {
        var old = SchemaBuilder.Msg(1, SchemaBuilder.Req("sku", SchemaBuilder.Str));
        var candidate = SchemaBuilder.Msg(2);

        var violation = Assert.Single(CompatibilityEngine.Check(CompatibilityMode.Forward, candidate, [old]));

        Assert.Equal("orders.order-placed v1", violation.Reader);
        Assert.Equal("orders.order-placed v2", violation.Writer);
        Assert.Equal(ChangedSide.Writer, violation.Changed);
        Assert.Contains("v1", violation.Message);
        Assert.Contains("v2", violation.Message);
        Assert.Contains("string", violation.Message);
        Assert.Equal("sku", violation.TopLevelMember);
    }
}
