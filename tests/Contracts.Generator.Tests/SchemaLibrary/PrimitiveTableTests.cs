using System.Linq;
using Contracts.Generator.Specs;
using Contracts.Schema;
using Contracts.Schema.Manifest;
using Xunit;

namespace Contracts.Generator.Tests.SchemaLibrary;

/// <summary>
/// The one table of wire primitives (WirePrimitives) is what every part reads: each primitive goes from a spec to a
/// schema, into the manifest's text and back to the same schema, and the generated readers and writers call helpers
/// that exist.
/// </summary>
public sealed class PrimitiveTableTests
{
    public static readonly TheoryData<PrimitiveKind> Kinds = new(WirePrimitives.All.Select(p => p.Kind));

    [Fact]
    public void The_table_has_one_row_per_kind_in_the_order_of_the_enum()
        => Assert.Equal(System.Enum.GetValues<PrimitiveKind>(), WirePrimitives.All.Select(p => p.Kind));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_primitive_round_trips_from_spec_to_manifest_text_and_back(PrimitiveKind kind)
    {
        var primitive = WirePrimitives.Of(kind);
        var spec = new TypeSpec(WireKind.Primitive, "global::" + primitive.ClrTypeName, false, true, kind);
        var member = new MemberSchema("value", SpecSchemas.Type(spec), Required: true);
        var nullable = new MemberSchema("maybe", SpecSchemas.Type(spec with { IsNullable = true }), Required: false);
        var schema = new ContractSchema("tests.primitive", 1, Contracts.Schema.CompatibilityMode.Full, new[] { nullable, member }.ToEquatableArray(),
            EquatableArray<ObjectSchema>.Empty, EquatableArray<EnumSchema>.Empty);
        var manifest = new ContractManifest("tests", new[] { new ManifestMessage(MessageRole.Publishes, schema) }.ToEquatableArray());

        var text = ManifestWriter.Write(manifest);
        var read = ManifestReader.Read("contracts.lock.json", text);

        Assert.Empty(read.Errors);
        Assert.Equal(LockUpdate.Shape(schema), LockUpdate.Shape(read.Manifest!.Messages.Single().Schema));
        Assert.Contains($"\"type\": \"{primitive.WireName}\"", text);
        Assert.Contains($"\"type\": \"{primitive.WireName}?\"", text);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_helpers_the_table_names_exist_in_the_runtime(PrimitiveKind kind)
    {
        var primitive = WirePrimitives.Of(kind);
        var json = typeof(Contracts.Serialization.ContractJson);

        Assert.NotNull(json.GetMethod(primitive.ReadHelper));
        Assert.True(primitive.WriteStyle != PrimitiveWriteStyle.Helper || json.GetMethod(primitive.WriteHelper!) is not null, primitive.WriteHelper);
        Assert.NotNull(System.Type.GetType(primitive.ClrTypeName));
    }
}
