namespace Contracts.Import.Tests;

/// <summary>
/// Every input the import cannot reason about is an error at the right file, line and column with a message naming
/// the construct; none throws, none gives a manifest. Each case is a small document written to a temporary folder
/// (line numbers are those of the text below), with a shared payload file for cross-file cases.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("contracts-import-bad-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Head = "asyncapi: 3.0.0\ninfo:\n  title: bad\n  version: 1.0.0\nchannels:\n  c:\n    address: orders.thing.v1\n    messages:\n      m:\n        payload:\n";
    private const string Tail = "operations:\n  r:\n    action: receive\n    channel:\n      $ref: '#/channels/c'\n";

    // A payload indented under Head's "payload:" (line 11 onwards), followed by Tail.
    private static string Payload(params string[] lines) => Head + string.Concat(lines.Select(l => "          " + l + "\n")) + Tail;

    public static TheoryData<string, string, int, int, string> Cases => new()
    {
        { "malformed.yaml", "asyncapi: 3.0.0\ninfo:\n  title: [unclosed\n  version: 1\n", 3, 10, "not valid YAML or JSON" },
        { "malformed.json", "{\n  \"asyncapi\": \"3.0.0\",\n  \"info\": { \"title\": \"x\" \"version\": \"1\" }\n}\n", 3, 26, "not valid YAML or JSON" },
        { "v31.yaml", "asyncapi: 3.1.0\ninfo:\n  title: x\n", 1, 11, "AsyncAPI 3.1.0 is not supported" },
        { "v1.yaml", "asyncapi: 1.2.0\ninfo:\n  title: x\n", 1, 11, "AsyncAPI 1.2.0 is not supported" },
        { "neither.yaml", "openapi: 3.1.0\n", 1, 1, "not an AsyncAPI document" },
        { "unresolved.yaml", Payload("$ref: '#/components/schemas/Missing'"), 11, 17, "does not resolve: unresolved.yaml#/components/schemas/Missing has no \"components\"" },
        { "missing-file.yaml", Payload("$ref: './nowhere.yaml'"), 11, 17, "does not exist" },
        { "cycle.yaml", Payload("$ref: '#/components/schemas/A'") + "components:\n  schemas:\n    A:\n      type: object\n      properties:\n        next:\n          $ref: '#/components/schemas/A'\n", 23, 17, "is a cycle" },
        { "one-of.yaml", Payload("type: object", "properties:", "  shape:", "    oneOf:", "      - { type: object, properties: { a: { type: string } } }", "      - { type: object, properties: { b: { type: string } } }"), 14, 15, "\"oneOf\" across 2 shapes is not supported" },
        { "any-of.yaml", Payload("type: object", "properties:", "  shape:", "    anyOf: [{ type: string }, { type: integer }]"), 14, 15, "\"anyOf\" across 2 shapes" },
        { "pattern-properties.yaml", Payload("type: object", "properties:", "  extra:", "    type: object", "    patternProperties: { '^x': { type: string } }"), 15, 15, "\"patternProperties\" is not supported" },
        { "if-then.yaml", Payload("type: object", "properties:", "  a: { type: string }", "if: { properties: { a: { const: x } } }", "then: { required: [a] }"), 14, 11, "\"if\" is not supported" },
        { "not.yaml", Payload("type: object", "properties:", "  a: { type: string, not: { const: x } }"), 13, 32, "\"not\" is not supported" },
        { "dependent.yaml", Payload("type: object", "properties:", "  a: { type: string }", "dependentSchemas: { a: { required: [b] } }"), 14, 11, "\"dependentSchemas\" is not supported" },
        { "tuple.yaml", Payload("type: object", "properties:", "  pair: { type: array, prefixItems: [{ type: string }, { type: integer }] }"), 13, 34, "\"prefixItems\" is not supported" },
        { "type-list.yaml", Payload("type: object", "properties:", "  a: { type: [string, integer] }"), 13, 24, "\"type\": [\"string\", \"integer\"] is not supported" },
        { "all-of.yaml", Payload("type: object", "properties:", "  a:", "    allOf: [{ type: object, properties: { x: { type: string } } }, { type: object, properties: { y: { type: string } } }]"), 14, 15, "\"allOf\" of 2 shapes is not supported" },
        { "beside-all-of.yaml", Payload("type: object", "properties:", "  a:", "    type: object", "    properties: { x: { type: string } }", "    allOf: [{ $ref: '#/components/schemas/B' }]"), 14, 15, "\"type\" beside \"allOf\" is not supported" },
        { "no-type.yaml", Payload("type: object", "properties:", "  a: { description: anything }"), 13, 16, "without \"type\" allows any value" },
        { "no-identity.yaml", "asyncapi: 3.0.0\ninfo:\n  title: bad\nchannels:\n  c:\n    address: orders/thing\n    messages:\n      m:\n        payload: { type: object, properties: {} }\n" + Tail, 9, 9, "cannot tell which message this is" },
        { "avro.yaml", Payload("schemaFormat: application/vnd.apache.avro;version=1.9.0", "schema: { type: record }"), 11, 25, "\"schemaFormat\": \"application/vnd.apache.avro;version=1.9.0\" is not supported" },
        { "remote.yaml", Payload("$ref: 'https://example.com/order.json'"), 11, 17, "is a remote reference" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_error_names_file_line_and_construct(string file, string text, int line, int column, string message)
    {
        var path = Path.Combine(_folder, file);
        File.WriteAllText(path, text);

        var result = ContractImport.Read(path);

        Assert.Null(result.Manifest);
        var error = Assert.Single(result.Errors);
        Assert.Equal(path, error.FilePath);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void An_error_in_a_referenced_file_names_that_file()
    {
        File.WriteAllText(Path.Combine(_folder, "payload.yaml"), "type: object\nproperties:\n  a:\n    not: { type: string }\n");
        var path = Path.Combine(_folder, "doc.yaml");
        File.WriteAllText(path, Payload("$ref: './payload.yaml'"));

        var error = Assert.Single(ContractImport.Read(path).Errors);

        Assert.Equal((Path.Combine(_folder, "payload.yaml"), 4, 5), (error.FilePath, error.Line, error.Column));
        Assert.Contains("\"not\" is not supported", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_document_has_json_line_numbers()
    {
        var path = Path.Combine(_folder, "doc.json");
        File.WriteAllText(path, "{\n  \"service\": \"s\",\n  \"schemas\": [\n    { \"file\": \"body.json\", \"message\": \"a.b\", \"role\": \"consumes\" }\n  ]\n}\n");
        File.WriteAllText(Path.Combine(_folder, "body.json"), "{\n  \"type\": \"object\",\n  \"properties\": {\n    \"a\": { \"type\": \"string\" },\n    \"b\": { \"if\": {} }\n  }\n}\n");

        var error = Assert.Single(ContractImport.Read(path).Errors);

        Assert.Equal((Path.Combine(_folder, "body.json"), 5, 12), (error.FilePath, error.Line, error.Column));
    }

    [Fact]
    public void A_missing_document_is_an_error_not_an_exception()
    {
        var result = ContractImport.Read(Path.Combine(_folder, "absent.yaml"));

        Assert.Contains("does not exist", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Equal([Path.Combine(_folder, "absent.yaml")], result.InputFiles);
    }

    [Fact]
    public void Every_problem_of_a_document_is_reported_at_once()
    {
        var path = Path.Combine(_folder, "many.yaml");
        File.WriteAllText(path, Payload("type: object", "properties:", "  a: { not: {} }", "  b: { if: {} }", "  c: { type: [string, integer] }"));

        Assert.Equal(3, ContractImport.Read(path).Errors.Count);
    }
}
