using System;
using System.Collections.Generic;
using System.Linq;
using Contracts.Schema.Manifest.Json;

namespace Contracts.Schema.Manifest;

/// <summary>
/// Reads what a message entry says about its migration: <c>aliases</c> (the names it had before a rename) and
/// <c>upcastFrom</c> (the messages the service converts into it). Both are optional; null means an error was recorded.
/// </summary>
internal static class ManifestMigrationReader
{
    public static EquatableArray<string>? Aliases(ManifestNodeReader reader, JsonTextNode message, string? name)
    {
        var errorsBefore = reader.Errors.Count;
        var aliases = new List<string>();
        foreach (var item in reader.Get(message, ManifestNames.Aliases, JsonTextKind.Array, "a message", required: false)?.Items ?? new List<JsonTextNode>())
        {
            if (item.Kind != JsonTextKind.String || item.Text!.Length == 0)
            {
                reader.Error(item, "each of \"" + ManifestNames.Aliases + "\" must be a non-empty string");
            }
            else if (item.Text == name || aliases.Contains(item.Text))
            {
                reader.Error(item, "alias \"" + item.Text + "\" appears twice (or is the message's own name)");
            }
            else
            {
                aliases.Add(item.Text);
            }
        }

        return reader.Errors.Count == errorsBefore ? aliases.OrderBy(a => a, StringComparer.Ordinal).ToEquatableArray() : null;
    }

    public static EquatableArray<UpcastSource>? UpcastFrom(ManifestNodeReader reader, JsonTextNode message)
    {
        const string what = "an upcast source";
        var errorsBefore = reader.Errors.Count;
        var sources = new List<UpcastSource>();
        foreach (var item in reader.Get(message, ManifestNames.UpcastFrom, JsonTextKind.Array, "a message", required: false)?.Items ?? new List<JsonTextNode>())
        {
            if (item.Kind != JsonTextKind.Object)
            {
                reader.Error(item, "each of \"" + ManifestNames.UpcastFrom + "\" must be an object");
                continue;
            }

            reader.OnlyKnown(item, what, ManifestNames.Name, ManifestNames.Version);
            var name = reader.String(item, ManifestNames.Name, what);
            var version = reader.Integer(item, ManifestNames.Version, what, minimum: 1);
            if (name is not null && version is not null)
            {
                sources.Add(new UpcastSource(name, version.Value));
            }
        }

        return reader.Errors.Count == errorsBefore
            ? sources.Distinct().OrderBy(u => u.Name, StringComparer.Ordinal).ThenBy(u => u.Version).ToEquatableArray()
            : null;
    }
}
