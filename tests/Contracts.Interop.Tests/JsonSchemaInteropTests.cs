using System.Text.Json;
using System.Text.Json.Nodes;

namespace Contracts.Interop.Tests;

/// <summary>
/// ajv (strict mode, JSON Schema 2020-12, with ajv-formats as a Node service would use it) compiles every exported
/// JSON Schema, accepts what the .NET writer produces and rejects what the .NET reader rejects.
/// </summary>
public sealed class JsonSchemaInteropTests
{
    private static string Schema => Exports.Own.Full("json-schema/interop.every-type.v1.schema.json");

    public static TheoryData<string> Written => new() { "typical", "minimums", "maximums", "all optional set" };

    /// <summary>Bodies the reader refuses, each changed from the typical body in one way.</summary>
    public static TheoryData<string> Refused => new(RefusedBodies.Keys);

    private static readonly Dictionary<string, Action<JsonObject>> RefusedBodies = new()
    {
        ["a required member is missing"] = b => b.Remove("text"),
        ["a required member of a nested object is missing"] = b => b["main"]!.AsObject().Remove("quantity"),
        ["null for a member that is not nullable"] = b => b["text"] = null,
        ["null as an array item that is not nullable"] = b => b["lines"] = new JsonArray((JsonNode?)null),
        ["a string for a boolean"] = b => b["flag"] = "true",
        ["a string for a number"] = b => b["i32"] = "12",
        ["a fraction for an integer"] = b => b["i32"] = 1.5,
        ["int8 above its range"] = b => b["i8"] = 128,
        ["uint64 below zero"] = b => b["u64"] = -1,
        ["uint32 above its range"] = b => b["u32"] = 4294967296,
        ["a guid that is not one"] = b => b["id"] = "not-a-guid",
        ["a guid in braces"] = b => b["id"] = "{0f8fad5b-d9cb-469f-a165-70867728950e}",
        ["a date and time with a space"] = b => b["at"] = "2024-02-29 13:45:30+00:00",
        ["a date with a time"] = b => b["day"] = "2024-02-29T00:00:00",
        ["month 13"] = b => b["day"] = "2024-13-01",
        ["hour 24"] = b => b["time"] = "24:00:00",
        ["an ISO 8601 duration"] = b => b["duration"] = "P1DT2H",
        ["an enum name the reader does not know and has no fallback for"] = b => b["colour"] = "Purple",
        ["an enum's C# name instead of its wire name"] = b => b["colour"] = "Blue",
        ["a map value of the wrong type"] = b => b["prices"] = new JsonObject { ["apple"] = "0.5" },
        ["an array for an object"] = b => b["main"] = new JsonArray(),
    };

    [SkippableFact]
    public async Task Every_exported_schema_compiles_in_strict_mode()
    {
        Node.Require();
        var paths = Exports.All.SelectMany(e => e.Paths("json-schema/")).ToList();

        var result = await Node.RunAsync("json-schema.mjs", new { schemas = paths, cases = Array.Empty<object>() });

        var compiled = result.GetProperty("schemas").EnumerateArray().ToList();
        Assert.Equal(paths.Count, compiled.Count);
        Assert.All(compiled, s => Assert.True(s.GetProperty("error").ValueKind == JsonValueKind.Null, s.GetProperty("path") + ": " + s.GetProperty("error")));
        Assert.True(paths.Count >= 8, "the Shop sample and this project export at least 8 message schemas, not " + paths.Count);
    }

    [SkippableTheory]
    [MemberData(nameof(Written))]
    public async Task Ajv_accepts_what_the_dotnet_writer_writes(string name)
    {
        var body = Bodies.Write(name switch
        {
            "typical" => Bodies.Typical(),
            "minimums" => Bodies.Minimums(),
            "maximums" => Bodies.Maximums(),
            _ => Bodies.AllOptionalSet(),
        });

        Assert.Equal(Array.Empty<string>(), await ErrorsAsync(body));
    }

    [SkippableFact]
    public async Task Ajv_accepts_members_it_does_not_list_since_readers_skip_them()
    {
        var body = Bodies.Changed(b => b["addedLater"] = new JsonObject { ["x"] = 1 });

        Assert.True(Bodies.Reads(body));
        Assert.Equal(Array.Empty<string>(), await ErrorsAsync(body));
    }

    [SkippableTheory]
    [MemberData(nameof(Refused))]
    public async Task Ajv_rejects_what_the_dotnet_reader_rejects(string change)
    {
        var body = Bodies.Changed(RefusedBodies[change]);

        Assert.False(Bodies.Reads(body), "the .NET reader reads the body with " + change + ": " + body);
        Assert.NotEmpty(await ErrorsAsync(body));
    }

    /// <summary>
    /// Where the schema is stricter than the reader, as docs/wire-format.md says: System.Text.Json's reader takes a date
    /// and time without an offset (as the reading machine's local time), which no Contracts writer sends.
    /// </summary>
    [SkippableFact]
    public async Task A_date_and_time_without_offset_is_read_by_dotnet_but_refused_by_the_schema()
    {
        var body = Bodies.Changed(b => b["at"] = "2024-02-29T13:45:30");

        Assert.True(Bodies.Reads(body));
        Assert.NotEmpty(await ErrorsAsync(body));
    }

    private static async Task<string[]> ErrorsAsync(string body)
    {
        Node.Require();
        var result = await Node.RunAsync("json-schema.mjs", new { schemas = new[] { Schema }, cases = new[] { new { schema = Schema, body } } });
        Assert.True(result.GetProperty("schemas")[0].GetProperty("error").ValueKind == JsonValueKind.Null, result.ToString());
        var verdict = result.GetProperty("cases")[0];
        return verdict.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray();
    }
}
