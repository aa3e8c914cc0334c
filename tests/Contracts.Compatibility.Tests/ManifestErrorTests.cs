using Contracts.Schema.Manifest;

namespace Contracts.Compatibility.Tests;

/// <summary>Broken manifests: each gives an error at the right line and column, and nothing throws.</summary>
public sealed class ManifestErrorTests
{
    private const string Path = BrokenManifests.Path;

    // A valid message whose one member line (line 11) can be swapped for a broken one by the cases below.
    private static string WithMember(string memberLine) =>
        BrokenManifests.OneMessage("Forward", "      \"members\": [\n        " + memberLine + "\n      ]\n");

    public static TheoryData<string, string, int, int, string> Broken() => new()
    {
        // JSON syntax
        { "empty", "", 1, 1, "unexpected end of the document" },
        { "not an object", "[]", 1, 1, "a manifest is a JSON object" },
        { "trailing comma", WithMember("{ \"wireName\": \"a\", \"type\": \"int32\", \"required\": true },"), 12, 7, "expected a value" },
        { "missing comma", WithMember("{ \"wireName\": \"a\" \"type\": \"int32\", \"required\": true }"), 11, 27, "expected ',' or '}'" },
        { "unterminated string", WithMember("{ \"wireName\": \"a }"), 11, 27, "unterminated string (a line ends inside it)" },
        { "missing closing quote", WithMember("{ \"wireName\": \"a, \"type\": \"int32\" }"), 11, 28, "unexpected text 'type'; expected ',' or '}'" },
        { "line break in string", "{\"service\": \"a\nb\"}", 1, 15, "unterminated string" },
        { "bad escape", WithMember("{ \"wireName\": \"a\\x\" }"), 11, 25, "invalid escape" },
        { "bad literal", WithMember("{ \"wireName\": \"a\", \"type\": \"int32\", \"required\": yes }"), 11, 57, "unexpected character 'y'; expected a value" },
        { "duplicate property", WithMember("{ \"wireName\": \"a\", \"wireName\": \"b\" }"), 11, 28, "duplicate property \"wireName\"" },
        { "comment", "{ // no\n}", 1, 3, "unexpected character '/'" },
        { "text after the document", "{\"format\": 1} x", 1, 15, "unexpected character 'x'" },
        { "leading zero", "{\"format\": 01}", 1, 13, "expected ',' or '}'" },

        // Format
        { "format missing", "{\n  \"service\": \"orders\"\n}", 1, 1, "the manifest has no \"format\"" },
        { "format is a string", "{\n  \"format\": \"1\"\n}", 2, 13, "\"format\" in the manifest must be a number" },
        { "format from the future", "{\n  \"format\": 2,\n  \"service\": \"orders\"\n}", 2, 13, "unsupported manifest format 2; this version of Contracts reads format 1 (the file was written by a newer Contracts" },
        { "format zero", "{\"format\": 0}", 1, 12, "must be a whole number of at least 1" },

        // Shape of a member
        { "unknown type", WithMember("{ \"wireName\": \"a\", \"type\": \"array<int33>\", \"required\": true }"), 11, 43, "invalid type \"array<int33>\": unknown type 'int33'" },
        { "undefined object", WithMember("{ \"wireName\": \"a\", \"type\": \"object:Line\", \"required\": true }"), 11, 36, "refers to object type \"Line\"" },
        { "undefined enum", WithMember("{ \"wireName\": \"a\", \"type\": \"array<enum:S>?\", \"required\": true }"), 11, 36, "refers to enum \"S\"" },
        { "required is a string", WithMember("{ \"wireName\": \"a\", \"type\": \"int32\", \"required\": \"yes\" }"), 11, 57, "\"required\" in a member must be true or false" },
        { "misspelt property", WithMember("{ \"wireName\": \"a\", \"type\": \"int32\", \"requried\": true }"), 11, 45, "unknown property \"requried\"" },
        { "member without a type", WithMember("{ \"wireName\": \"a\", \"required\": true }"), 11, 9, "a member has no \"type\"" },
        { "empty wire name", WithMember("{ \"wireName\": \"\", \"type\": \"int32\", \"required\": true }"), 11, 23, "must not be empty" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Broken_manifest_is_an_error_at_its_position(string name, string text, int line, int column, string message) =>
        BrokenManifests.AssertErrorAt(name, text, line, column, message);

    [Fact]
    public void Every_truncation_of_a_valid_manifest_is_an_error_at_the_end()
    {
        var text = ManifestWriter.Write(ManifestSamples.Orders());

        // The last character is the final newline; without it the document is still whole.
        for (var length = 0; length < text.Length - 1; length++)
        {
            var prefix = text.Substring(0, length);
            var (manifest, errors) = ManifestReader.Read(Path, prefix);

            Assert.Null(manifest);
            var error = Assert.Single(errors);
            var lines = prefix.Split('\n');
            var endLine = lines.Length;
            var endColumn = lines[^1].Length + 1;
            // At the end, or at the start of the token the cut went through (a string or literal never spans lines).
            Assert.True(
                error.Line == endLine && error.Column <= endColumn,
                $"truncated at {length}: error at ({error.Line},{error.Column}), text ends at ({endLine},{endColumn}): {error.Message}");
        }
    }

    [Fact]
    public void Semantic_errors_are_all_reported_at_once()
    {
        const string text = """
            {"format": 1, "service": "", "messages": [
              {"name": "a", "version": 0, "role": "sends", "compatibility": "Strict", "members": []},
              {"name": "b", "version": 1, "role": "both", "compatibility": "Full", "members": [],
               "enums": [{"name": "S", "fallback": "x", "members": ["a", "a"]}]}]}
            """;

        var (_, errors) = ManifestReader.Read(Path, text);

        Assert.Equal(
            [
                "\"service\" in the manifest must not be empty",
                "\"version\" in a message must be a whole number of at least 1, not 0",
                "\"role\" is \"sends\"; expected one of publishes, consumes, both",
                "\"compatibility\" is \"Strict\"; expected one of None, Backward, Forward, Full, BackwardTransitive, ForwardTransitive, FullTransitive",
                "enum S lists \"a\" twice",
                "the fallback \"x\" of enum S is not one of its members",
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void Duplicate_message_versions_and_member_names_are_errors()
    {
        const string text = """
            {"format": 1, "service": "s", "messages": [
              {"name": "a", "version": 1, "role": "both", "compatibility": "Full",
               "members": [{"wireName": "x", "type": "int32", "required": true}, {"wireName": "x", "type": "int32", "required": true}]},
              {"name": "a", "version": 1, "role": "both", "compatibility": "Full", "members": []}]}
            """;

        var (_, errors) = ManifestReader.Read(Path, text);

        Assert.Equal(
            [(3, 70, "a message has two members named \"x\""), (4, 3, "a v1 appears twice; one entry per name and version")],
            errors.Select(e => (e.Line, e.Column, e.Message)));
    }

    [Theory]
    [InlineData(100_000, '[')]
    [InlineData(100_000, '{')]
    public void Deep_nesting_is_an_error_not_a_crash(int depth, char open)
    {
        var text = open == '[' ? "{\"format\": 1, \"messages\": " + new string('[', depth) : new string('{', depth);

        var (manifest, errors) = ManifestReader.Read(Path, text);

        Assert.Null(manifest);
        Assert.NotEmpty(errors);
    }
}
