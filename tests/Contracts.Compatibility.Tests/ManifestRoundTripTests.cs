using Contracts.Schema.Manifest;
using static Contracts.Compatibility.Tests.SchemaBuilder;

namespace Contracts.Compatibility.Tests;

public sealed class ManifestRoundTripTests
{
    [Fact]
    public void Writes_the_documented_canonical_text()
    {
        var text = ManifestWriter.Write(ManifestSamples.Orders());

        Assert.Equal(ManifestSamples.OrdersText.ReplaceLineEndings("\n"), text);
        Assert.DoesNotContain("\r", text);
    }

    [Fact]
    public void Write_read_write_is_byte_identical()
    {
        var first = ManifestWriter.Write(ManifestSamples.Orders());

        var (manifest, errors) = ManifestReader.Read("contracts.lock.json", first);

        Assert.Empty(errors);
        Assert.Equal(first, ManifestWriter.Write(manifest!));
    }

    [Fact]
    public void A_language_is_written_after_the_service_and_read_back()
    {
        var text = ManifestWriter.Write(ManifestSamples.Orders() with { Language = "typescript" });

        Assert.StartsWith("{\n  \"format\": 1,\n  \"service\": \"orders\",\n  \"language\": \"typescript\",\n  \"messages\": [", text, StringComparison.Ordinal);
        var (manifest, errors) = ManifestReader.Read("asyncapi.yaml", text);
        Assert.Empty(errors);
        Assert.Equal("typescript", manifest!.Language);
        Assert.True(manifest.IsJavaScript);
        Assert.Null(ManifestReader.Read("contracts.lock.json", ManifestWriter.Write(ManifestSamples.Orders())).Manifest!.Language);
    }

    [Fact]
    public void Read_gives_back_the_same_schemas()
    {
        var original = ManifestSamples.Orders();

        var (manifest, _) = ManifestReader.Read("contracts.lock.json", ManifestWriter.Write(original));

        // The manifest is canonical (sorted); the engine's verdicts do not depend on order, so compare per message.
        foreach (var message in original.Messages)
        {
            var read = manifest!.Messages.Single(m => m.Schema.Name == message.Schema.Name && m.Schema.Version == message.Schema.Version);
            Assert.Equal(message.Role, read.Role);
            Assert.Equal(message.Schema.Members.OrderBy(m => m.WireName, StringComparer.Ordinal), read.Schema.Members);
            Assert.Equal(message.Schema.Objects.Select(o => o.Members.Count), read.Schema.Objects.Select(o => o.Members.Count));
            Assert.Equal(message.Schema.Enums, read.Schema.Enums);
            Assert.Equal(message.Schema.Compatibility, read.Schema.Compatibility);
            Assert.Equal(
                message.History.Select(h => h.Members.OrderBy(m => m.WireName, StringComparer.Ordinal).ToEquatableArray()),
                read.History.Select(h => h.Members));
        }
    }

    [Fact]
    public void Order_of_the_input_does_not_change_the_output()
    {
        var manifest = ManifestSamples.Orders();
        var shuffled = manifest with
        {
            Messages = manifest.Messages.Reverse()
                .Select(m => m with { Schema = m.Schema with { Members = m.Schema.Members.Reverse().ToEquatableArray() } })
                .ToEquatableArray(),
        };

        Assert.Equal(ManifestWriter.Write(manifest), ManifestWriter.Write(shuffled));
    }

    [Theory]
    [InlineData("quote \" and backslash \\")]
    [InlineData("line\nbreak\ttab\u0001control")]
    [InlineData("unicode café ✓ 😀")]
    [InlineData("lone \ud800 surrogate")]
    public void Strings_are_escaped_and_read_back(string service)
    {
        var manifest = new ContractManifest(service, Arr(new ManifestMessage(MessageRole.Both, Msg(Req(service, Str)))));

        var text = ManifestWriter.Write(manifest);
        var (read, errors) = ManifestReader.Read("x.json", text);

        Assert.Empty(errors);
        Assert.Equal(service, read!.Service);
        Assert.Equal(service, read.Messages[0].Schema.Members[0].WireName);
        Assert.Equal(text, ManifestWriter.Write(read));
        Assert.Equal(text.Split('\n').Length, ManifestWriter.Write(manifest with { Service = "s" }).Split('\n').Length);
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_are_read()
    {
        var text = "\uFEFF" + ManifestSamples.OrdersText.ReplaceLineEndings("\r\n");

        var (manifest, errors) = ManifestReader.Read("x.json", text);

        Assert.Empty(errors);
        Assert.Equal(ManifestSamples.OrdersText.ReplaceLineEndings("\n"), ManifestWriter.Write(manifest!));
    }

    [Fact]
    public void Objects_and_enums_may_be_left_out_by_hand_written_manifests()
    {
        const string text = """
            {"format": 1, "service": "py-billing", "messages": [
              {"name": "orders.order-placed", "version": 1, "role": "consumes", "compatibility": "Backward",
               "members": [{"wireName": "orderId", "type": "guid", "required": true}]}]}
            """;

        var (manifest, errors) = ManifestReader.Read("billing.json", text);

        Assert.Empty(errors);
        Assert.Equal(MessageRole.Consumes, manifest!.Messages[0].Role);
        Assert.True(manifest.Messages[0].Schema.Objects.IsEmpty);
    }
}
