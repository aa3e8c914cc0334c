using Contracts.Schema.Manifest;
using static Contracts.Compatibility.Tests.SchemaBuilder;

namespace Contracts.Compatibility.Tests;

/// <summary>The optional "aliases" and "upcastFrom" of a message: written only when there are some, read strictly.</summary>
public sealed class ManifestMigrationTests
{
    private const string Path = BrokenManifests.Path;

    private static readonly ContractSchema Schema = Msg(Req("a", I32));

    [Fact]
    public void Aliases_and_upcast_sources_round_trip_byte_identical_after_the_mode()
    {
        var message = new ManifestMessage(MessageRole.Consumes, Schema, Aliases: Arr("old.name", "older.name"), UpcastFrom: Arr(new UpcastSource("old.name", 1), new UpcastSource("test.message", 1)));
        var manifest = new ContractManifest("billing", Arr(message));

        var text = ManifestWriter.Write(manifest);
        var (read, errors) = ManifestReader.Read(Path, text);

        Assert.Empty(errors);
        Assert.Equal(manifest, read);
        Assert.Equal(text, ManifestWriter.Write(read!));
        Assert.Contains(
            "      \"compatibility\": \"None\",\n      \"aliases\": [\n        \"old.name\",\n        \"older.name\"\n      ],\n"
            + "      \"upcastFrom\": [\n        { \"name\": \"old.name\", \"version\": 1 },\n        { \"name\": \"test.message\", \"version\": 1 }\n      ],\n      \"members\": [\n",
            text);
    }

    [Fact]
    public void A_message_without_them_is_written_as_it_always_was()
        => Assert.DoesNotContain("alias", ManifestWriter.Write(new ContractManifest("s", Arr(new ManifestMessage(MessageRole.Both, Schema)))) + "upcastFrom");

    [Fact]
    public void Bad_entries_are_located_errors()
    {
        var text = ManifestWriter.Write(new ContractManifest("s", Arr(new ManifestMessage(MessageRole.Consumes, Schema, Aliases: Arr("x"), UpcastFrom: Arr(new UpcastSource("y", 1))))))
            .Replace("\"x\"", "\"" + Schema.Name + "\"")
            .Replace("\"version\": 1 }", "\"version\": 0 }");

        var (read, errors) = ManifestReader.Read(Path, text);

        Assert.Null(read);
        Assert.Equal(
            [
                "/repo/orders/contracts.lock.json(11,9): alias \"" + Schema.Name + "\" appears twice (or is the message's own name)",
                "/repo/orders/contracts.lock.json(14,35): \"version\" in an upcast source must be a whole number of at least 1, not 0",
            ],
            errors.Select(e => e.ToString()));
    }
}
