using System.Collections.Generic;
using System.Linq;
using Contracts.Schema.Manifest.Json;

namespace Contracts.Schema.Export.Json;

/// <summary>
/// A JSON value being built by an exporter: objects keep the order properties were added in, so the exporter decides
/// the layout and equal input gives equal text. Printed by <see cref="JsonTreePrinter"/>.
/// </summary>
internal abstract class JsonTree
{
    /// <summary>A JSON string.</summary>
    public static JsonTree String(string value) => new JsonTreeValue(JsonTextWriter.Quote(value));

    /// <summary>A JSON number, true, false or null, written as <paramref name="literal"/>.</summary>
    public static JsonTree Literal(string literal) => new JsonTreeValue(literal);

    /// <summary>A JSON integer.</summary>
    public static JsonTree Number(int value) => new JsonTreeValue(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>JSON true or false.</summary>
    public static JsonTree Boolean(bool value) => new JsonTreeValue(value ? "true" : "false");

    /// <summary>An array of JSON strings.</summary>
    public static JsonTreeArray Strings(IEnumerable<string> values) => new(values.Select(String));
}

/// <summary>A scalar, already in its JSON text form.</summary>
internal sealed class JsonTreeValue(string text) : JsonTree
{
    public string Text { get; } = text;
}

/// <summary>A JSON array.</summary>
internal sealed class JsonTreeArray(IEnumerable<JsonTree> items) : JsonTree
{
    public List<JsonTree> Items { get; } = items.ToList();
}

/// <summary>A JSON object whose properties print in the order they were added.</summary>
internal sealed class JsonTreeObject : JsonTree
{
    public List<KeyValuePair<string, JsonTree>> Properties { get; } = new();

    public JsonTreeObject Add(string name, JsonTree value)
    {
        Properties.Add(new KeyValuePair<string, JsonTree>(name, value));
        return this;
    }

    public JsonTreeObject Add(string name, string value) => Add(name, String(value));

    /// <summary>Adds the property only when <paramref name="value"/> is not null.</summary>
    public JsonTreeObject AddIf(string name, string? value) => value is null ? this : Add(name, value);

    /// <summary>Adds a number given as its JSON literal, when there is one.</summary>
    public JsonTreeObject AddNumber(string name, string? literal) => literal is null ? this : Add(name, Literal(literal));
}
