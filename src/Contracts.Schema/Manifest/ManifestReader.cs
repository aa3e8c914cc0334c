using System.Collections.Generic;
using Contracts.Schema.Compatibility;

using Contracts.Schema.Manifest.Json;

namespace Contracts.Schema.Manifest;

/// <summary>The outcome of reading a manifest: the manifest when there were no errors, else null and the errors.</summary>
public sealed record ManifestReadResult(ContractManifest? Manifest, IReadOnlyList<ManifestError> Errors);

/// <summary>
/// Reads <c>contracts.lock.json</c> (or another service's manifest). All of the file is checked, so one build
/// shows every problem; each error carries the file, line and column. Never throws.
/// </summary>
public static class ManifestReader
{
    /// <summary>Reads <paramref name="text"/>, the content of the file at <paramref name="path"/> (named in errors).</summary>
    public static ManifestReadResult Read(string path, string text)
    {
        var reader = new ManifestNodeReader(path);
        var root = JsonTextParser.Parse(text, out var syntaxError);
        if (root is null)
        {
            var error = syntaxError ?? new JsonTextError(1, 1, "the document is empty");
            reader.Error(error.Line, error.Column, "not valid JSON: " + error.Message);
            return new ManifestReadResult(null, reader.Errors);
        }

        if (root.Kind != JsonTextKind.Object)
        {
            reader.Error(root, "a manifest is a JSON object with \"" + ManifestNames.Format + "\", \"" + ManifestNames.Service + "\" and \"" + ManifestNames.Messages + "\"");
            return new ManifestReadResult(null, reader.Errors);
        }

        // The format decides how to read the rest, so an unknown one stops here with the one error that matters.
        var format = reader.Integer(root, ManifestNames.Format, "the manifest", minimum: 1);
        if (format is null)
        {
            return new ManifestReadResult(null, reader.Errors);
        }

        if (format != ContractManifest.CurrentFormat)
        {
            reader.Error(
                root.Find(ManifestNames.Format)!.Value,
                "unsupported manifest format " + format + "; this version of Contracts reads format " + ContractManifest.CurrentFormat
                + (format > ContractManifest.CurrentFormat ? " (the file was written by a newer Contracts: update the package)" : ""));
            return new ManifestReadResult(null, reader.Errors);
        }

        reader.OnlyKnown(root, "the manifest", ManifestNames.Format, ManifestNames.Service, ManifestNames.Language, ManifestNames.Messages);
        var service = reader.String(root, ManifestNames.Service, "the manifest");
        var language = reader.String(root, ManifestNames.Language, "the manifest", required: false);
        var messages = ReadMessages(reader, root);
        var manifest = reader.Errors.Count == 0 ? new ContractManifest(service!, messages.ToEquatableArray()) { Language = language } : null;
        return new ManifestReadResult(manifest, reader.Errors);
    }

    private static List<ManifestMessage> ReadMessages(ManifestNodeReader reader, JsonTextNode root)
    {
        var messages = new List<ManifestMessage>();
        var seen = new HashSet<(string, int)>();
        var array = reader.Get(root, ManifestNames.Messages, JsonTextKind.Array, "the manifest");
        foreach (var node in array?.Items ?? new List<JsonTextNode>())
        {
            if (node.Kind != JsonTextKind.Object)
            {
                reader.Error(node, "each of \"" + ManifestNames.Messages + "\" must be an object");
                continue;
            }

            var message = ReadMessage(reader, node, out var name, out var version);
            if (name is not null && version is not null && !seen.Add((name, version.Value)))
            {
                reader.Error(node, name + " v" + version + " appears twice; one entry per name and version");
            }

            if (message is not null)
            {
                messages.Add(message);
            }
        }

        return messages;
    }

    private static ManifestMessage? ReadMessage(ManifestNodeReader reader, JsonTextNode node, out string? name, out int? version)
    {
        const string what = "a message";
        reader.OnlyKnown(
            node, what, ManifestNames.Name, ManifestNames.Version, ManifestNames.Role, ManifestNames.Compatibility,
            ManifestNames.Aliases, ManifestNames.UpcastFrom, ManifestNames.Members, ManifestNames.Objects, ManifestNames.Enums, ManifestNames.History);
        name = reader.String(node, ManifestNames.Name, what);
        version = reader.Integer(node, ManifestNames.Version, what, minimum: 1);
        var role = ReadChoice(reader, node, ManifestNames.Role, ManifestNames.ParseRole, ManifestNames.RoleList);
        var mode = ReadChoice(reader, node, ManifestNames.Compatibility, ManifestNames.ParseMode, ManifestNames.ModeList);
        var schema = ManifestSchemaReader.Read(reader, node, name ?? "", version ?? 0, mode ?? CompatibilityMode.None);
        var history = ReadHistory(reader, node, name ?? "", version ?? 0, mode ?? CompatibilityMode.None);
        var aliases = ManifestMigrationReader.Aliases(reader, node, name);
        var upcastFrom = ManifestMigrationReader.UpcastFrom(reader, node);
        return name is null || version is null || role is null || mode is null || schema is null || history is null || aliases is null || upcastFrom is null
            ? null
            : new ManifestMessage(role.Value, schema, history.Value, aliases.Value, upcastFrom.Value);
    }

    // Optional. Each entry is a bare shape (members, objects, enums): name, version and mode are the message's,
    // so the file cannot contradict itself. Null when any entry has an error (all of them are reported).
    private static EquatableArray<ContractSchema>? ReadHistory(ManifestNodeReader reader, JsonTextNode node, string name, int version, CompatibilityMode mode)
    {
        const string what = "a history entry";
        var errorsBefore = reader.Errors.Count;
        var history = new List<ContractSchema>();
        foreach (var entry in reader.Get(node, ManifestNames.History, JsonTextKind.Array, "a message", required: false)?.Items ?? new List<JsonTextNode>())
        {
            if (entry.Kind != JsonTextKind.Object)
            {
                reader.Error(entry, "each of \"" + ManifestNames.History + "\" must be an object");
                continue;
            }

            reader.OnlyKnown(entry, what, ManifestNames.Members, ManifestNames.Objects, ManifestNames.Enums);
            if (ManifestSchemaReader.Read(reader, entry, name, version, mode, what) is { } schema)
            {
                history.Add(schema);
            }
        }

        return reader.Errors.Count == errorsBefore ? history.ToEquatableArray() : null;
    }

    private static T? ReadChoice<T>(ManifestNodeReader reader, JsonTextNode node, string name, System.Func<string, T?> parse, string allowed)
        where T : struct
    {
        var text = reader.String(node, name, "a message");
        if (text is null)
        {
            return null;
        }

        var value = parse(text);
        if (value is null)
        {
            reader.Error(node.Find(name)!.Value, "\"" + name + "\" is \"" + text + "\"; expected one of " + allowed);
        }

        return value;
    }
}
