using static Contracts.Compatibility.Tests.SchemaBuilder;

namespace Contracts.Compatibility.Tests;

public sealed class EngineEdgeTests
{
    [Fact]
    public void Consumer_view_with_fewer_members_reads_the_producer()
    {
        var producer = Msg(Req("orderId", P(PrimitiveKind.Guid)), Req("total", P(PrimitiveKind.Decimal)), Opt("coupon", Str.OrNull()));
        var consumer = Msg(Req("orderId", P(PrimitiveKind.Guid)));

        Assert.Empty(CompatibilityEngine.CheckPair(reader: consumer, writer: producer, ChangedSide.Reader));
        Assert.Empty(CompatibilityEngine.CheckPair(reader: consumer, writer: producer, ChangedSide.Writer));
    }

    [Theory]
    [InlineData(nameof(ChangedSide.Reader), "REQUIRED_FIELD_ADDED@$.total")]
    [InlineData(nameof(ChangedSide.Writer), "FIELD_REMOVED@$.total")]
    public void Cross_service_rule_is_named_from_the_side_being_built(string side, string expected)
    {
        var producer = Msg(Req("orderId", P(PrimitiveKind.Guid)));
        var consumer = Msg(Req("orderId", P(PrimitiveKind.Guid)), Req("total", P(PrimitiveKind.Decimal)));

        Assert.Equal([expected], Keys(CompatibilityEngine.CheckPair(consumer, producer, Enum.Parse<ChangedSide>(side))));
    }

    [Fact]
    public void Recursive_types_terminate_and_report_once()
    {
        var node = TypeSchema.Object("Node");
        var old = Msg(Req("root", node)).With(Obj("Node", Req("name", Str), Req("children", TypeSchema.Array(node))));
        var changed = Msg(Req("root", node)).With(Obj("Node", Req("name", I32), Req("children", TypeSchema.Array(node))));

        Assert.Equal(["TYPE_CHANGED@$.root.name"], Keys(CompatibilityEngine.CheckPair(old, changed, ChangedSide.Writer)));
    }

    [Fact]
    public void Undefined_references_are_reported_not_thrown()
    {
        var broken = Msg(Req("line", TypeSchema.Object("Missing")), Req("status", TypeSchema.Enum("Gone")));

        var keys = Keys(CompatibilityEngine.CheckPair(broken, broken, ChangedSide.Writer));

        Assert.Equal(["SCHEMA_INVALID@$.line", "SCHEMA_INVALID@$.line", "SCHEMA_INVALID@$.status", "SCHEMA_INVALID@$.status"], keys);
    }

    [Fact]
    public void Removed_message_and_removed_version_are_told_apart()
    {
        var placed1 = Msg(1, Req("id", Str));
        var placed2 = Msg(2, Req("id", Str));
        var cancelled = Msg(1, Req("id", Str)) with { Name = "orders.order-cancelled" };

        var removals = CompatibilityEngine.CheckRemovals(
            locked: [(placed1, MessageRole.Publishes), (placed2, MessageRole.Publishes), (cancelled, MessageRole.Both)], current: [placed2]);

        Assert.Equal(
            [("MESSAGE_REMOVED", "orders.order-cancelled v1"), ("VERSION_REMOVED", "orders.order-placed v1")],
            removals.Select(r => (r.Breaking!.RuleId, r.Breaking.Reader)).OrderBy(x => x.Item1));
        Assert.Empty(CompatibilityEngine.CheckRemovals(locked: [(placed1, MessageRole.Publishes)], current: [placed1, placed2]));
    }

    [Fact]
    public void Removing_a_message_the_project_only_consumed_breaks_nobody()
    {
        var placed = Msg(1, Req("id", Str));

        var removal = Assert.Single(CompatibilityEngine.CheckRemovals(locked: [(placed, MessageRole.Consumes)], current: []));

        Assert.Null(removal.Breaking);
        Assert.Equal(MessageRole.Consumes, removal.Role);
    }

    [Theory]
    [InlineData(nameof(MessageRole.Publishes), nameof(CompatibilityMode.Forward))]
    [InlineData(nameof(MessageRole.Consumes), nameof(CompatibilityMode.Backward))]
    [InlineData(nameof(MessageRole.Both), nameof(CompatibilityMode.Full))]
    public void Default_mode_follows_the_role(string role, string expected) =>
        Assert.Equal(Enum.Parse<CompatibilityMode>(expected), CompatibilityEngine.DefaultMode(Enum.Parse<MessageRole>(role)));

    [Theory]
    [InlineData("$.lines[].sku", "lines")]
    [InlineData("$.total", "total")]
    [InlineData("$.m{}", "m")]
    [InlineData("$['odd name'].x", "odd name")]
    [InlineData("$", "")]
    public void Top_level_member_is_the_first_path_segment(string path, string expected) =>
        Assert.Equal(expected, new Violation("X", path, "", "", "", ChangedSide.Reader).TopLevelMember);

    [Fact]
    public void Schemas_are_value_equal()
    {
        var a = Msg(Req("xs", TypeSchema.Array(Str.OrNull()))).With(EnumOf("S", "a", "b"));
        var b = Msg(Req("xs", TypeSchema.Array(Str.OrNull()))).With(EnumOf("S", "a", "b"));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Msg(Req("xs", TypeSchema.Array(Str))).With(EnumOf("S", "a", "b")));
    }
}
