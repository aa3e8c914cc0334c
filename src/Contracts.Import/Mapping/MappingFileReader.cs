using System;
using System.IO;
using Contracts.Import.Source;
using Contracts.Schema;
using Contracts.Schema.Manifest;

namespace Contracts.Import.Mapping;

/// <summary>
/// A JSON Schema mapping file (YAML or JSON): the service, its language and, per message, the JSON Schema file of its
/// body (2020-12 or draft-07, relative to the mapping file) with its name, version and role:
/// <code>
/// service: notifications
/// language: typescript
/// schemas:
///   - file: schemas/order-placed.json
///     message: orders.order-placed
///     version: 1
///     role: consumes
/// </code>
/// </summary>
internal static class MappingFileReader
{
    /// <summary>The language of a mapping file that does not say: JSON Schema files mostly come from Node tools, but an unknown one is not guessed.</summary>
    public const string DefaultLanguage = "unknown";

    public static ContractManifest? Read(Node root, SourceFiles files)
    {
        var references = new References(files);
        var messages = new ImportedMessages(files, references, name => name);
        foreach (var entry in root["schemas"]!.Value.Items)
        {
            Entry(entry, files, messages);
        }

        var service = root["service"]?.String;
        if (service is not { Length: > 0 })
        {
            files.Error(root.Error("a mapping file needs \"service\": the name of the service the schemas belong to"));
        }

        var language = root["language"]?.String ?? DefaultLanguage;
        return files.Errors.Count == 0 ? messages.Manifest(service!, language.ToLowerInvariant()) : null;
    }

    private static void Entry(Node entry, SourceFiles files, ImportedMessages messages)
    {
        var file = entry["file"]?.String;
        var name = entry["message"]?.String;
        var version = entry["version"]?.Number ?? 1;
        MessageRole? role = entry["role"]?.String switch
        {
            "publishes" => MessageRole.Publishes,
            "consumes" => MessageRole.Consumes,
            "both" => MessageRole.Both,
            _ => null,
        };
        if (file is null || name is null || role is null || version < 1 || version > int.MaxValue || version != decimal.Truncate(version))
        {
            files.Error(entry.Error("each of \"schemas\" needs \"file\" (a JSON Schema file), \"message\" (its name), \"version\" (an integer of 1 or more; default 1) and \"role\" (publishes, consumes or both)"));
            return;
        }

        var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(entry.File.Path) ?? ".", file));
        if (files.Load(path, entry["file"]) is not { Root: { } schema } || !Dialect(schema, files))
        {
            return;
        }

        messages.Add(name, (int)version, role.Value, schema, entry);
    }

    // 2020-12 and draft-07 read alike for everything an import maps; older drafts differ (exclusiveMinimum as a boolean).
    private static bool Dialect(Node schema, SourceFiles files)
    {
        if (schema["$schema"] is not { } dialect || dialect.String is not { } uri)
        {
            return true;
        }

        var known = uri.TrimEnd('#').Replace("https://", "http://");
        if (known is "http://json-schema.org/draft/2020-12/schema" or "http://json-schema.org/draft-07/schema")
        {
            return true;
        }

        files.Error(dialect.Error("\"$schema\": \"" + uri + "\" is not supported: an import reads JSON Schema 2020-12 and draft-07"));
        return false;
    }
}
