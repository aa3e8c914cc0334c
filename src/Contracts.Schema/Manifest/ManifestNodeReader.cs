using System.Collections.Generic;
using System.Globalization;

using Contracts.Schema.Manifest.Json;

namespace Contracts.Schema.Manifest;

/// <summary>
/// Typed access to the properties of a parsed JSON object that records, instead of throwing, every error with
/// the position of the value at fault (or of the object, when a property is missing).
/// </summary>
internal sealed class ManifestNodeReader
{
    private readonly string _path;

    public ManifestNodeReader(string path) => _path = path;

    public List<ManifestError> Errors { get; } = new();

    public void Error(int line, int column, string message) => Errors.Add(new ManifestError(_path, line, column, message));

    public void Error(JsonTextNode node, string message) => Error(node.Line, node.Column, message);

    /// <summary>Rejects properties the format does not define: a typo such as "requried" must not silently mean "optional".</summary>
    public void OnlyKnown(JsonTextNode node, string what, params string[] known)
    {
        foreach (var property in node.Properties)
        {
            if (System.Array.IndexOf(known, property.Name) < 0)
            {
                Error(property.Line, property.Column, "unknown property \"" + property.Name + "\" in " + what + " (expected " + string.Join(", ", known) + ")");
            }
        }
    }

    public JsonTextNode? Get(JsonTextNode node, string name, JsonTextKind kind, string what, bool required = true)
    {
        var property = node.Find(name);
        if (property is null)
        {
            if (required)
            {
                Error(node, what + " has no \"" + name + "\"");
            }

            return null;
        }

        var value = property.Value;
        var matches = value.Kind == kind || (kind == JsonTextKind.True && value.Kind == JsonTextKind.False);
        if (!matches)
        {
            Error(value, "\"" + name + "\" in " + what + " must be " + Describe(kind) + ", not " + Describe(value.Kind));
            return null;
        }

        return value;
    }

    public string? String(JsonTextNode node, string name, string what, bool required = true)
    {
        var value = Get(node, name, JsonTextKind.String, what, required);
        if (value is not null && value.Text!.Length == 0)
        {
            Error(value, "\"" + name + "\" in " + what + " must not be empty");
            return null;
        }

        return value?.Text;
    }

    public int? Integer(JsonTextNode node, string name, string what, int minimum)
    {
        var value = Get(node, name, JsonTextKind.Number, what);
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < minimum)
        {
            Error(value, "\"" + name + "\" in " + what + " must be a whole number of at least " + minimum + ", not " + value.Text);
            return null;
        }

        return number;
    }

    // Asked for as True, a boolean property accepts either literal (see Get).
    public bool? Boolean(JsonTextNode node, string name, string what) =>
        Get(node, name, JsonTextKind.True, what)?.Kind == JsonTextKind.True ? true
        : node.Find(name)?.Value.Kind == JsonTextKind.False ? false
        : null;

    private static string Describe(JsonTextKind kind) => kind switch
    {
        JsonTextKind.Object => "an object",
        JsonTextKind.Array => "an array",
        JsonTextKind.String => "a string",
        JsonTextKind.Number => "a number",
        JsonTextKind.True or JsonTextKind.False => "true or false",
        _ => "null",
    };
}
