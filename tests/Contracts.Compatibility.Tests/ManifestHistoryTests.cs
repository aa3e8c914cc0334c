using Contracts.Schema.Manifest;
using static Contracts.Compatibility.Tests.SchemaBuilder;

namespace Contracts.Compatibility.Tests;

/// <summary>The optional "history" of a message in the manifest: written only when there is some, read strictly.</summary>
public sealed class ManifestHistoryTests
{
    private const string Path = BrokenManifests.Path;

    private static readonly ContractSchema Latest = Msg(Req("a", I32), Opt("c", Str)) with { Compatibility = CompatibilityMode.FullTransitive };

    [Fact]
    public void History_round_trips_byte_identical_and_oldest_first()
    {
        var first = Latest with { Members = Arr(Req("a", I32), Opt("b", Str)) };
        var second = (Latest with { Members = Arr(Req("a", I32)) }).With(EnumOf("S", "z", "y"));
        var manifest = new ContractManifest("orders", Arr(new ManifestMessage(MessageRole.Both, Latest, Arr(first, second))));

        var text = ManifestWriter.Write(manifest);
        var (read, errors) = ManifestReader.Read(Path, text);

        Assert.Empty(errors);
        Assert.Equal(manifest, read);
        Assert.Equal(text, ManifestWriter.Write(read!));
        Assert.True(text.IndexOf("\"b\"", StringComparison.Ordinal) < text.IndexOf("\"S\"", StringComparison.Ordinal), "history keeps its order");
    }

    [Fact]
    public void History_is_written_after_enums_and_only_when_there_is_some()
    {
        var without = ManifestWriter.Write(new ContractManifest("s", Arr(new ManifestMessage(MessageRole.Both, Latest))));
        var withOne = ManifestWriter.Write(new ContractManifest("s", Arr(new ManifestMessage(MessageRole.Both, Latest, Arr(Msg(Req("a", I32)))))));

        Assert.DoesNotContain("history", without);
        Assert.Contains("      \"enums\": [],\n      \"history\": [\n        {\n          \"members\": [\n", withOne);
        Assert.EndsWith("          \"enums\": []\n        }\n      ]\n    }\n  ]\n}\n", withOne);
    }

    [Fact]
    public void History_entries_take_the_name_version_and_mode_of_their_message()
    {
        var text = ManifestWriter.Write(ManifestSamples.Orders());

        var (manifest, _) = ManifestReader.Read(Path, text);

        var v2 = manifest!.Messages.Single(m => m.Schema.Version == 2);
        var entry = Assert.Single(v2.History);
        Assert.Equal((v2.Schema.Name, 2, CompatibilityMode.ForwardTransitive), (entry.Name, entry.Version, entry.Compatibility));
        Assert.Equal(["orderId", "total"], entry.Members.Select(m => m.WireName));
    }

    [Fact]
    public void An_empty_history_is_read_as_none()
    {
        var (manifest, errors) = ManifestReader.Read(Path, WithHistory("[]"));

        Assert.Empty(errors);
        Assert.True(manifest!.Messages[0].History.IsEmpty);
    }

    // A valid message whose history (line 11, value from column 18) is swapped for a broken one by the cases below.
    private static string WithHistory(string history) =>
        BrokenManifests.OneMessage("ForwardTransitive", "      \"members\": [],\n      \"history\": " + history + "\n");

    private const string MemberA = "{ \"wireName\": \"a\", \"type\": \"int32\", \"required\": true }";

    public static TheoryData<string, string, int, int, string> Broken() => new()
    {
        { "not an array", "{}", 11, 18, "\"history\" in a message must be an array, not an object" },
        { "entry not an object", "[1]", 11, 19, "each of \"history\" must be an object" },
        { "trailing comma", "[{ \"members\": [] },]", 11, 37, "expected a value" },
        { "identity repeated in an entry", "[{ \"members\": [], \"version\": 2 }]", 11, 36, "unknown property \"version\" in a history entry (expected members, objects, enums)" },
        { "entry without members", "[{ \"objects\": [] }]", 11, 19, "a history entry has no \"members\"" },
        { "unknown type", "[{ \"members\": [{ \"wireName\": \"a\", \"type\": \"int33\", \"required\": true }] }]", 11, 61, "invalid type \"int33\": unknown type 'int33'" },
        { "undefined object", "[{ \"members\": [{ \"wireName\": \"a\", \"type\": \"object:Line\", \"required\": true }] }]", 11, 60, "refers to object type \"Line\"" },
        { "duplicate member", "[{ \"members\": [" + MemberA + ", " + MemberA + "] }]", 11, 89, "a history entry has two members named \"a\"" },
        { "bad fallback", "[{ \"members\": [], \"enums\": [{ \"name\": \"S\", \"fallback\": \"x\", \"members\": [\"a\"] }] }]", 11, 73, "the fallback \"x\" of enum S is not one of its members" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Broken_history_is_an_error_at_its_position(string name, string history, int line, int column, string message) =>
        BrokenManifests.AssertErrorAt(name, WithHistory(history), line, column, message);

    [Fact]
    public void Errors_in_several_history_entries_are_all_reported()
    {
        var (manifest, errors) = ManifestReader.Read(Path, WithHistory("[{ \"members\": 1 }, { \"members\": [], \"name\": \"x\" }]"));

        Assert.Null(manifest);
        Assert.Equal(
            [(11, 32, "\"members\" in a history entry must be an array, not a number"), (11, 54, "unknown property \"name\" in a history entry (expected members, objects, enums)")],
            errors.Select(e => (e.Line, e.Column, e.Message)));
    }
}
