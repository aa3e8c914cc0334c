using Contracts.Schema.Compatibility;
using Contracts.Schema.Export;

namespace Contracts.Import.Tests;

/// <summary>
/// What Contracts exports imports back as the same schema: every wire primitive, enums (with a reader's fallback),
/// nested objects, arrays, maps and every nullable form, through the AsyncAPI document and through the JSON Schema
/// files. The one thing JSON Schema cannot carry is the fallback (ajv's strict mode refuses x- keywords there; it is
/// only a sentence in the description), so that route drops it and the test says so.
/// </summary>
public sealed class RoundTripTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("contracts-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_asyncapi_export_imports_back_equal()
    {
        var manifest = Fleet();
        Export(manifest);

        var result = ContractImport.Read(Path.Combine(_folder, ExportNames.AsyncApiFile(manifest.Service)));

        Assert.Empty(result.Errors.Select(e => e.ToString()));
        Assert.Equal(ManifestWriter.Write(manifest), ManifestWriter.Write(result.Manifest! with { Language = null }));
        Assert.Equal(manifest.Messages.Select(m => m.Schema).OrderBy(s => s.Name), result.Manifest!.Messages.Select(m => m.Schema).OrderBy(s => s.Name));
    }

    [Fact]
    public void The_json_schema_export_imports_back_equal_but_for_the_fallback()
    {
        var manifest = Fleet();
        Export(manifest);
        var mapping = Path.Combine(_folder, "mapping.yaml");
        File.WriteAllLines(mapping, new[] { "service: " + manifest.Service, "schemas:" }.Concat(manifest.Messages.SelectMany(m => new[]
        {
            "  - file: " + ExportNames.JsonSchemaFile(m.Schema.Name, m.Schema.Version),
            "    message: " + m.Schema.Name,
            "    version: " + m.Schema.Version,
            "    role: " + m.Role.ToString().ToLowerInvariant(),
        })));

        var result = ContractImport.Read(mapping);

        Assert.Empty(result.Errors.Select(e => e.ToString()));
        var withoutFallback = manifest with
        {
            Messages = manifest.Messages.Select(m => m with
            {
                Schema = m.Schema with { Enums = m.Schema.Enums.Select(e => e with { Fallback = null }).ToEquatableArray() },
            }).ToEquatableArray(),
        };
        Assert.Equal(ManifestWriter.Write(withoutFallback), ManifestWriter.Write(result.Manifest! with { Language = null }));
    }

    private void Export(ContractManifest manifest)
    {
        foreach (var document in ContractExport.Documents(manifest, new ExportOptions()))
        {
            var path = Path.Combine(_folder, document.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, document.Text);
        }
    }

    // A publisher of every kind and form, and a consumer whose enum has a fallback; both define an "Address" of their
    // own shape, which the AsyncAPI document must name per message.
    private static ContractManifest Fleet()
    {
        var members = new List<MemberSchema>();
        foreach (var primitive in WirePrimitives.All)
        {
            members.Add(new MemberSchema(primitive.WireName, TypeSchema.Primitive(primitive.Kind), Required: true));
            members.Add(new MemberSchema(primitive.WireName + "-or-null", TypeSchema.Primitive(primitive.Kind).OrNull(), Required: false));
        }

        members.AddRange(
        [
            new("address", TypeSchema.Object("Address"), true),
            new("addressOrNull", TypeSchema.Object("Address").OrNull(), false),
            new("status", TypeSchema.Enum("Status"), true),
            new("statusOrNull", TypeSchema.Enum("Status").OrNull(), false),
            new("lines", TypeSchema.Array(TypeSchema.Object("Line")), true),
            new("linesOrNull", TypeSchema.Array(TypeSchema.Object("Line").OrNull()).OrNull(), false),
            new("prices", TypeSchema.Map(TypeSchema.Primitive(PrimitiveKind.Decimal)), true),
            new("pricesOrNull", TypeSchema.Map(TypeSchema.Primitive(PrimitiveKind.Decimal).OrNull()).OrNull(), false),
            new("matrix", TypeSchema.Array(TypeSchema.Array(TypeSchema.Primitive(PrimitiveKind.Int32))), true),
            new("byStatus", TypeSchema.Map(TypeSchema.Enum("Status")), false),
        ]);
        var everything = Schema("orders.everything", 3, MessageRole.Publishes, members,
            [
                new ObjectSchema("Address", Sorted([new("city", TypeSchema.Primitive(PrimitiveKind.String), true), new("zip", TypeSchema.Primitive(PrimitiveKind.String).OrNull(), false)])),
                new ObjectSchema("Line", Sorted([new("sku", TypeSchema.Primitive(PrimitiveKind.String), true), new("address", TypeSchema.Object("Address"), false)])),
            ],
            [new EnumSchema("Status", new[] { "Pending", "paid", "PAID" }.ToEquatableArray())]);
        var view = Schema("billing.invoice-due", 1, MessageRole.Consumes,
            [new("address", TypeSchema.Object("Address"), true), new("status", TypeSchema.Enum("Status"), true)],
            [new ObjectSchema("Address", Sorted([new("street", TypeSchema.Primitive(PrimitiveKind.String), true)]))],
            [new EnumSchema("Status", new[] { "Open", "Closed", "Unknown" }.ToEquatableArray(), Fallback: "Unknown")]);
        return new ContractManifest("round-trip", new[] { new ManifestMessage(MessageRole.Publishes, everything), new ManifestMessage(MessageRole.Consumes, view) }.ToEquatableArray());
    }

    private static ContractSchema Schema(string name, int version, MessageRole role, List<MemberSchema> members, ObjectSchema[] objects, EnumSchema[] enums)
        => new(name, version, CompatibilityEngine.DefaultMode(role), Sorted(members), objects.ToEquatableArray(), enums.ToEquatableArray());

    private static EquatableArray<MemberSchema> Sorted(List<MemberSchema> members) => members.OrderBy(m => m.WireName, StringComparer.Ordinal).ToEquatableArray();
}
