using System.Collections.Generic;

namespace Contracts.Schema.Manifest.Json;

internal enum JsonTextKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A parsed JSON value with the line and column (1-based) where it starts, so that the manifest reader can
/// point at the offending value, not only at the file. Numbers keep their text: the manifest needs integers
/// only, and converting late lets the reader say which value was out of range.
/// </summary>
internal sealed class JsonTextNode
{
    public JsonTextNode(JsonTextKind kind, int line, int column, string? text = null)
    {
        Kind = kind;
        Line = line;
        Column = column;
        Text = text;
    }

    public JsonTextKind Kind { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The unescaped value of a string, or the literal text of a number.</summary>
    public string? Text { get; }

    /// <summary>The properties of an object, in document order (duplicates are rejected by the parser).</summary>
    public List<JsonTextProperty> Properties { get; } = new();

    public List<JsonTextNode> Items { get; } = new();

    public JsonTextProperty? Find(string name) => Properties.Find(p => p.Name == name);
}

/// <summary>A property of a JSON object; the position is the position of its name.</summary>
internal sealed record JsonTextProperty(string Name, int Line, int Column, JsonTextNode Value);

/// <summary>Why a text is not JSON, and where (1-based line and column, counted in UTF-16 characters).</summary>
internal sealed record JsonTextError(int Line, int Column, string Message);
