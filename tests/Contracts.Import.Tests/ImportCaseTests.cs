namespace Contracts.Import.Tests;

/// <summary>
/// The table of import cases: each fixture must give exactly the manifest committed beside it in fixtures/expected
/// (ManifestWriter's canonical text). CONTRACTS_ACCEPT=1 rewrites an expectation that differs, to be reviewed in the diff.
/// </summary>
public sealed class ImportCaseTests
{
    public static TheoryData<string, string> Cases => new()
    {
        // zod 4 z.toJSONSchema(): nullable as type [T, null] and as anyOf [T, null], additionalProperties false,
        // format plus pattern, z.int() with ±(2^53-1), z.record with propertyNames, z.enum, a union of literals.
        { "mapping/zod.mapping.yaml", "zod" },
        // TypeBox: enums as anyOf of const, Optional(Union([String, Null])), integer bounds, a JSON mapping file.
        { "mapping/typebox.mapping.json", "typebox" },
        // draft-07 with definitions, a $ref into another file, an ISO duration (stays a string).
        { "mapping/draft07.mapping.yaml", "draft07" },
        // AsyncAPI 3.0 YAML: send/receive (both), x-contracts-message, routing-key identity, a payload in another
        // file, allOf of a $ref plus a description, a $ref from a component schema into the other file.
        { "asyncapi/notifications-3.0.yaml", "notifications-3.0" },
        // AsyncAPI 2.6 (inverted publish/subscribe, nullable: true, message oneOf), in YAML and in JSON: one manifest.
        { "asyncapi/legacy-2.6.yaml", "legacy-2.6" },
        { "asyncapi/legacy-2.6.json", "legacy-2.6" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_document_gives_its_manifest(string document, string expected)
    {
        var result = ContractImport.Read(Fixtures.Path(document));

        Assert.Empty(result.Errors.Select(e => e.ToString()));
        Assert.Equal(Fixtures.Path(document), result.InputFiles[0]);
        var text = ManifestWriter.Write(result.Manifest!);
        var file = Fixtures.Path("expected/" + expected + ".manifest.json");
        if (Environment.GetEnvironmentVariable("CONTRACTS_ACCEPT") == "1" && (!File.Exists(file) || File.ReadAllText(file) != text))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }

        Assert.Equal(File.ReadAllText(file), text);
    }

    [Fact]
    public void Every_file_a_ref_reaches_is_an_input()
    {
        var result = ContractImport.Read(Fixtures.Path("asyncapi/notifications-3.0.yaml"));

        Assert.Equal(
            new[] { Fixtures.Path("asyncapi/notifications-3.0.yaml"), Fixtures.Path("asyncapi/schemas/order-placed.yaml") },
            result.InputFiles);
    }

    [Fact]
    public void The_manifest_reads_back_as_the_same_manifest()
    {
        var manifest = ContractImport.Read(Fixtures.Path("mapping/zod.mapping.yaml")).Manifest!;
        var text = ManifestWriter.Write(manifest);

        var read = ManifestReader.Read("zod.manifest.json", text);

        Assert.Empty(read.Errors);
        Assert.Equal(text, ManifestWriter.Write(read.Manifest!));
    }
}
