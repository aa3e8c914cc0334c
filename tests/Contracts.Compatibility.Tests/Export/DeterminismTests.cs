using Contracts.Schema.Export;
using Contracts.Schema.Manifest;

namespace Contracts.Compatibility.Tests.Export;

/// <summary>Exports are byte-identical across runs and independent of the order the manifest lists things in.</summary>
public sealed class DeterminismTests
{
    private static readonly ExportOptions Options = new();

    private static string All(ContractManifest manifest)
        => string.Join("\n---\n", ContractExport.Documents(manifest, Options).Select(d => d.Path + "\n" + d.Text));

    [Fact]
    public void Two_runs_give_the_same_bytes()
        => Assert.Equal(All(ExportSamples.TwoMessages(sameLine: false)), All(ExportSamples.TwoMessages(sameLine: false)));

    [Fact]
    public void The_order_of_messages_members_and_types_does_not_matter()
    {
        var manifest = ExportSamples.TwoMessages(sameLine: false);
        var every = ExportSamples.EveryWireType();
        var shuffled = every with { Members = every.Members.Reverse().ToEquatableArray() };
        var forward = manifest with { Messages = manifest.Messages.Append(new ManifestMessage(MessageRole.Publishes, every)).ToEquatableArray() };
        var backward = manifest with { Messages = manifest.Messages.Reverse().Prepend(new ManifestMessage(MessageRole.Publishes, shuffled)).ToEquatableArray() };

        Assert.Equal(All(forward), All(backward));
    }

    [Fact]
    public void A_service_exports_a_json_schema_per_message_an_asyncapi_document_and_a_typescript_module()
        => Assert.Equal(
            ["json-schema/billing.charged.v1.schema.json", "json-schema/orders.placed.v1.schema.json", "shop.asyncapi.json", "shop.ts"],
            ContractExport.Documents(ExportSamples.TwoMessages(sameLine: true), Options).Select(d => d.Path));
}
