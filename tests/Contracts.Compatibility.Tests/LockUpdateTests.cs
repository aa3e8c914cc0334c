using Contracts.Schema.Manifest;
using static Contracts.Compatibility.Tests.SchemaBuilder;

namespace Contracts.Compatibility.Tests;

/// <summary>Updating the lock: which schema revisions become history, and what the transitive modes check against.</summary>
public sealed class LockUpdateTests
{
    private static ContractSchema Schema(CompatibilityMode mode, params MemberSchema[] members) => Msg(members) with { Compatibility = mode };

    private static ContractManifest Lock(params ManifestMessage[] messages) => new("orders", messages.ToEquatableArray());

    private static ManifestMessage Message(ContractSchema schema, params ContractSchema[] history) =>
        new(MessageRole.Publishes, schema, history.ToEquatableArray());

    [Fact]
    public void First_lock_has_no_history()
    {
        var current = Lock(Message(Schema(CompatibilityMode.FullTransitive, Req("a", I32))));

        Assert.Equal(current, LockUpdate.Merge(null, current));
    }

    [Theory]
    [InlineData(nameof(CompatibilityMode.BackwardTransitive))]
    [InlineData(nameof(CompatibilityMode.ForwardTransitive))]
    [InlineData(nameof(CompatibilityMode.FullTransitive))]
    public void Schema_change_pushes_the_old_schema_for_transitive_modes(string modeName)
    {
        var mode = Enum.Parse<CompatibilityMode>(modeName);
        var oldest = Schema(mode, Req("a", I32));
        var locked = Schema(mode, Req("a", I32), Opt("b", Str));
        var code = Schema(mode, Req("a", I32), Opt("b", Str), Opt("c", Str));

        var merged = LockUpdate.Merge(Lock(Message(locked, oldest)), Lock(Message(code)));

        Assert.Equal(Lock(Message(code, oldest, locked)), merged);
    }

    [Theory]
    [InlineData(nameof(CompatibilityMode.None))]
    [InlineData(nameof(CompatibilityMode.Backward))]
    [InlineData(nameof(CompatibilityMode.Forward))]
    [InlineData(nameof(CompatibilityMode.Full))]
    public void Non_transitive_modes_keep_no_history(string modeName)
    {
        var mode = Enum.Parse<CompatibilityMode>(modeName);
        var locked = Schema(mode, Req("a", I32));
        var code = Schema(mode, Req("a", I32), Opt("b", Str));

        var changed = LockUpdate.Merge(Lock(Message(locked, Schema(mode))), Lock(Message(code)));
        var unchanged = LockUpdate.Merge(Lock(Message(locked, Schema(mode))), Lock(Message(locked)));

        Assert.Equal(Lock(Message(code)), changed);
        Assert.Equal(Lock(Message(locked)), unchanged);
    }

    [Fact]
    public void Unchanged_schema_keeps_its_history_and_declaration_order_is_no_change()
    {
        var oldest = Schema(CompatibilityMode.FullTransitive, Req("a", I32));
        var locked = Schema(CompatibilityMode.FullTransitive, Req("a", I32), Opt("b", Str)).With(Obj("O", Req("x", I32), Req("y", I32)));
        var reordered = Schema(CompatibilityMode.FullTransitive, Opt("b", Str), Req("a", I32)).With(Obj("O", Req("y", I32), Req("x", I32)));

        var merged = LockUpdate.Merge(Lock(Message(locked, oldest)), Lock(Message(reordered)));

        Assert.Equal(Lock(Message(reordered, oldest)), merged);
    }

    [Fact]
    public void Shape_ignores_identity_mode_and_declaration_order_only()
    {
        var a = Schema(CompatibilityMode.Full, Req("a", I32), Opt("b", Str)).With(EnumOf("S", "x", "y"));
        var b = (Schema(CompatibilityMode.FullTransitive, Opt("b", Str), Req("a", I32)) with { Version = 3 }).With(EnumOf("S", "x", "y"));

        Assert.Equal(LockUpdate.Shape(a), LockUpdate.Shape(b));
        Assert.NotEqual(LockUpdate.Shape(a), LockUpdate.Shape(a with { Members = Arr(Req("a", I32), Req("b", Str)) }));
        Assert.NotEqual(LockUpdate.Shape(a), LockUpdate.Shape(a with { Enums = Arr(EnumOf("S", "y", "x")) }));
    }

    [Fact]
    public void Enum_member_order_is_a_change()
    {
        var locked = Schema(CompatibilityMode.FullTransitive).With(EnumOf("S", "a", "b"));
        var code = Schema(CompatibilityMode.FullTransitive).With(EnumOf("S", "b", "a"));

        Assert.Equal([locked], LockUpdate.Merge(Lock(Message(locked)), Lock(Message(code))).Messages[0].History);
    }

    [Fact]
    public void Mode_change_alone_is_not_a_revision()
    {
        var oldest = Schema(CompatibilityMode.ForwardTransitive, Req("a", I32));
        var locked = Schema(CompatibilityMode.ForwardTransitive, Req("a", I32), Opt("b", Str));
        var code = locked with { Compatibility = CompatibilityMode.FullTransitive };

        var merged = LockUpdate.Merge(Lock(Message(locked, oldest)), Lock(Message(code)));

        // The kept entry takes the message's new mode, as the file (which stores the mode once) would read it back.
        Assert.Equal(Lock(Message(code, oldest with { Compatibility = CompatibilityMode.FullTransitive })), merged);
    }

    [Fact]
    public void Switching_to_a_transitive_mode_with_a_change_starts_the_history()
    {
        var locked = Schema(CompatibilityMode.Full, Req("a", I32));
        var code = Schema(CompatibilityMode.FullTransitive, Req("a", I32), Opt("b", Str));

        var merged = LockUpdate.Merge(Lock(Message(locked)), Lock(Message(code)));

        Assert.Equal(Lock(Message(code, locked with { Compatibility = CompatibilityMode.FullTransitive })), merged);
    }

    [Fact]
    public void Messages_absent_from_the_code_are_dropped_and_new_ones_added()
    {
        var kept = Schema(CompatibilityMode.FullTransitive, Req("a", I32));
        var removed = Schema(CompatibilityMode.FullTransitive, Req("a", I32)) with { Version = 2 };
        var added = Schema(CompatibilityMode.FullTransitive, Req("a", I32)) with { Name = "orders.order-cancelled" };

        var merged = LockUpdate.Merge(Lock(Message(kept), Message(removed, kept with { Version = 2 })), Lock(Message(kept), Message(added)));

        Assert.Equal(Lock(Message(kept), Message(added)), merged);
    }

    [Fact]
    public void History_is_per_name_and_version()
    {
        var v1 = Schema(CompatibilityMode.FullTransitive, Req("a", I32));
        var v2 = Schema(CompatibilityMode.FullTransitive, Req("b", Str)) with { Version = 2 };
        var v2Changed = v2 with { Members = Arr(Req("b", Str), Opt("c", Str)) };

        var merged = LockUpdate.Merge(Lock(Message(v1), Message(v2)), Lock(Message(v1), Message(v2Changed)));

        Assert.Equal(Lock(Message(v1), Message(v2Changed, v2)), merged);
    }

    [Fact]
    public void Role_and_service_come_from_the_code()
    {
        var schema = Schema(CompatibilityMode.FullTransitive, Req("a", I32));
        var previous = new ContractManifest("old-name", Arr(new ManifestMessage(MessageRole.Publishes, schema)));
        var current = new ContractManifest("orders", Arr(new ManifestMessage(MessageRole.Both, schema)));

        Assert.Equal(current, LockUpdate.Merge(previous, current));
    }

    [Fact]
    public void Duplicate_entries_in_a_hand_built_lock_do_not_throw()
    {
        var a = Schema(CompatibilityMode.FullTransitive, Req("a", I32));
        var b = Schema(CompatibilityMode.FullTransitive, Req("b", I32));

        var merged = LockUpdate.Merge(Lock(Message(a), Message(b)), Lock(Message(b)));

        Assert.Equal(Lock(Message(b, a)), merged);
    }

    [Fact]
    public void Locked_versions_are_the_history_then_the_latest()
    {
        var h1 = Schema(CompatibilityMode.FullTransitive, Req("a", I32));
        var h2 = Schema(CompatibilityMode.FullTransitive, Req("b", I32));
        var latest = Schema(CompatibilityMode.FullTransitive, Req("c", I32));

        Assert.Equal([h1, h2, latest], LockUpdate.LockedVersions(Message(latest, h1, h2)));
        Assert.Equal([latest], LockUpdate.LockedVersions(new ManifestMessage(MessageRole.Both, latest)));
    }

    // Three revisions of one (name, version), each accepted with a lock update, as a user would:
    // r1 {a: int32, b: string (optional)}, r2 drops b, r3 brings b back as an int32.
    [Fact]
    public void Member_readded_with_another_type_fails_full_transitive_against_the_oldest_revision()
    {
        const CompatibilityMode mode = CompatibilityMode.FullTransitive;
        var r1 = Schema(mode, Req("a", I32), Opt("b", Str));
        var r2 = Schema(mode, Req("a", I32));
        var r3 = Schema(mode, Req("a", I32), Opt("b", I32));
        var lock1 = LockUpdate.Merge(null, Lock(Message(r1)));

        // Dropping an optional b is safe both ways (r1 readers default it; r2 ignores it), so r2 may be locked.
        // Had b been required, r1 readers would miss it: the engine says FIELD_REMOVED and the lock would not move.
        Assert.Empty(CompatibilityEngine.Check(mode, r2, LockUpdate.LockedVersions(lock1.Messages[0])));
        Assert.Equal(
            ["FIELD_REMOVED@$.b"],
            Keys(CompatibilityEngine.Check(CompatibilityMode.Forward, r2, [Schema(mode, Req("a", I32), Req("b", Str))])));
        var lock2 = LockUpdate.Merge(lock1, Lock(Message(r2)));
        var locked = LockUpdate.LockedVersions(lock2.Messages[0]);
        Assert.Equal([r1, r2], locked);

        var againstLatest = CompatibilityEngine.Check(CompatibilityMode.Full, r3, [locked[^1]]);
        var againstAll = CompatibilityEngine.Check(mode, r3, locked);

        Assert.Empty(againstLatest);
        Assert.Equal(["TYPE_CHANGED@$.b", "TYPE_CHANGED@$.b"], Keys(againstAll));
        // Both come from the oldest revision, once per direction: r3 reading r1's strings, r1 reading r3's numbers.
        Assert.Equal(
            Keys(CompatibilityEngine.CheckPair(r3, r1, ChangedSide.Reader).Concat(CompatibilityEngine.CheckPair(r1, r3, ChangedSide.Writer))),
            Keys(againstAll));
        Assert.Equal([ChangedSide.Reader, ChangedSide.Writer], againstAll.Select(v => v.Changed).Order());
    }
}
