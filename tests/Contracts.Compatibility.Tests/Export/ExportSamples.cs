using Contracts.Schema.Manifest;
using static Contracts.Compatibility.Tests.SchemaBuilder;

namespace Contracts.Compatibility.Tests.Export;

/// <summary>Manifests the exporter tests read: one message with every wire type, and a small fleet-like service.</summary>
internal static class ExportSamples
{
    /// <summary>A message with a required and an optional nullable member of every primitive, and every composite shape.</summary>
    public static ContractSchema EveryWireType()
    {
        var members = WirePrimitives.All
            .SelectMany(p => new[] { Req(p.WireName, P(p.Kind)), Opt(p.WireName + "OrNull", P(p.Kind).OrNull()) })
            .Concat(new[]
            {
                Req("lines", TypeSchema.Array(TypeSchema.Object("Line"))),
                Opt("backup", TypeSchema.Object("Line").OrNull()),
                Req("status", TypeSchema.Enum("Status")),
                Opt("statusOrNull", TypeSchema.Enum("Status").OrNull()),
                Req("tags", TypeSchema.Map(Str)),
                Opt("scores", TypeSchema.Map(TypeSchema.Array(I32.OrNull()))),
            })
            .ToArray();
        return new ContractSchema("tests.every-type", 2, CompatibilityMode.Full, members.ToEquatableArray(),
            Arr(Obj("Line", Req("sku", Str), Req("quantity", I32), Opt("note", Str.OrNull()))),
            Arr(new EnumSchema("Status", Arr("Placed", "Paid", "Shipped"), Fallback: "Placed")));
    }

    public static ContractManifest Service(MessageRole role = MessageRole.Publishes)
        => new("orders", new[] { new ManifestMessage(role, EveryWireType()) }.ToEquatableArray());

    /// <summary>Two messages that each define a nested <c>Line</c>: equal shapes share one definition, different ones do not.</summary>
    public static ContractManifest TwoMessages(bool sameLine)
    {
        var first = new ContractSchema("orders.placed", 1, CompatibilityMode.Forward, Arr(Req("lines", TypeSchema.Array(TypeSchema.Object("Line")))),
            Arr(Obj("Line", Req("sku", Str))), EquatableArray<EnumSchema>.Empty);
        var second = new ContractSchema("billing.charged", 1, CompatibilityMode.Backward, Arr(Req("line", TypeSchema.Object("Line"))),
            Arr(sameLine ? Obj("Line", Req("sku", Str)) : Obj("Line", Req("sku", I32))), EquatableArray<EnumSchema>.Empty);
        return new ContractManifest("shop", new[] { new ManifestMessage(MessageRole.Publishes, first), new ManifestMessage(MessageRole.Consumes, second) }.ToEquatableArray());
    }
}
