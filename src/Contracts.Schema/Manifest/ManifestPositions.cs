using System.Linq;
using Contracts.Schema.Manifest.Json;

namespace Contracts.Schema.Manifest;

/// <summary>A 1-based line and column in a manifest's text.</summary>
/// <param name="Line">The line.</param>
/// <param name="Column">The column, counted in UTF-16 characters.</param>
public readonly record struct TextPosition(int Line, int Column);

/// <summary>
/// Where things are in a manifest's text, for tools that point at a line (the <c>contracts</c> tool's findings): a
/// message entry, one of its top-level members, the <c>"messages"</c> array. Works on any formatting, not only the
/// canonical one-member-per-line form. Never throws; null when the text does not parse or has no such thing.
/// </summary>
public static class ManifestPositions
{
    /// <summary>
    /// The entry of (<paramref name="name"/>, <paramref name="version"/>), or of its member with wire name
    /// <paramref name="member"/> when there is one (else the entry itself); null when the entry is not there.
    /// </summary>
    public static TextPosition? Of(string text, string name, int version, string? member = null)
    {
        var entry = Messages(text)?.Items.FirstOrDefault(m => IsEntry(m, name, version));
        if (entry is null)
        {
            return null;
        }

        var found = member is null
            ? null
            : entry.Find(ManifestNames.Members)?.Value.Items.FirstOrDefault(m => m.Find(ManifestNames.WireName)?.Value.Text == member);
        return At(found ?? entry);
    }

    /// <summary>The <c>"messages"</c> array of the manifest, or null.</summary>
    public static TextPosition? OfMessages(string text)
    {
        var root = JsonTextParser.Parse(text, out _);
        return root?.Find(ManifestNames.Messages) is { } property ? new TextPosition(property.Line, property.Column) : null;
    }

    private static JsonTextNode? Messages(string text)
    {
        var root = JsonTextParser.Parse(text, out _);
        return root?.Kind == JsonTextKind.Object && root.Find(ManifestNames.Messages)?.Value is { Kind: JsonTextKind.Array } array ? array : null;
    }

    private static bool IsEntry(JsonTextNode node, string name, int version)
        => node.Kind == JsonTextKind.Object
           && node.Find(ManifestNames.Name)?.Value.Text == name
           && node.Find(ManifestNames.Version)?.Value.Text == version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // A member entry is one line in the canonical form; a message entry is pointed at by its "name".
    private static TextPosition At(JsonTextNode node)
        => node.Find(ManifestNames.Name) is { } name && node.Find(ManifestNames.WireName) is null
            ? new TextPosition(name.Line, name.Column)
            : new TextPosition(node.Line, node.Column);
}
