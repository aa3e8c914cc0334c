using Contracts.Schema.Export;
using Contracts.Schema.Manifest;

namespace Contracts.Compatibility.Tests.Export;

/// <summary>The TypeScript module types a body as JSON.parse returns it.</summary>
public sealed class TypeScriptExportTests
{
    private static string Module(ContractManifest manifest) => TypeScriptExporter.Export(manifest, new ExportOptions { Exchange = "shop" });

    [Theory]
    [InlineData("  string: string;")]
    [InlineData("  stringOrNull?: string | null;")]
    [InlineData("  int64: number;")]
    [InlineData("  boolean: boolean;")]
    [InlineData("  \"date-time-offset\": string;")]
    [InlineData("  lines: Line[];")]
    [InlineData("  backup?: Line | null;")]
    [InlineData("  status: Status;")]
    [InlineData("  tags: Record<string, string>;")]
    [InlineData("  scores?: Record<string, (number | null)[]>;")]
    [InlineData("  note?: string | null;")]
    public void Members_are_typed_as_the_wire_carries_them(string line)
        => Assert.Contains(line + "\n", Module(ExportSamples.Service()));

    [Fact]
    public void Enums_are_string_literal_unions()
        => Assert.Contains("export type Status = \"Placed\" | \"Paid\" | \"Shipped\";\n", Module(ExportSamples.Service()));

    [Fact]
    public void The_identity_constants_and_the_routing_key_map_are_there()
    {
        var module = Module(ExportSamples.Service());

        Assert.Contains("export const exchange = \"shop\";\n", module);
        Assert.Contains("export const TestsEveryTypeV2 = {\n  name: \"tests.every-type\",\n  version: 2,\n  routingKey: \"tests.every-type.v2\",\n", module);
        Assert.Contains("  fingerprint: \"" + SchemaFingerprint.Of(ExportSamples.EveryWireType()) + "\",\n", module);
        Assert.Contains("export interface Messages {\n  \"tests.every-type.v2\": TestsEveryTypeV2;\n}\n", module);
        Assert.Contains("export const published = [\"tests.every-type.v2\"] as const", module);
        Assert.Contains("export const consumed = [] as const", module);
    }

    [Fact]
    public void A_consumed_message_has_no_fingerprint_since_the_service_never_sends_it()
        => Assert.DoesNotContain("fingerprint:", Module(ExportSamples.Service(MessageRole.Consumes)));

    [Fact]
    public void Nested_types_of_different_shape_are_named_after_their_message()
    {
        var module = Module(ExportSamples.TwoMessages(sameLine: false));

        Assert.Contains("export interface BillingChargedV1Line {", module);
        Assert.Contains("export interface OrdersPlacedV1Line {", module);
        Assert.Contains("  line: BillingChargedV1Line;", module);
    }
}
