using System.Globalization;
using System.Text;

namespace Contracts.Schema.Manifest.Json;

/// <summary>
/// Writes JSON text the same way every time: "\n" line endings whatever the OS, two-space indentation, and one
/// escaping of strings, so that equal manifests are equal bytes and a lock diff shows only real changes.
/// The caller decides the layout (where lines break); this class owns indentation and escaping.
/// </summary>
internal sealed class JsonTextWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public JsonTextWriter Line(string content)
    {
        _text.Append(' ', _indent * 2).Append(content).Append('\n');
        return this;
    }

    public JsonTextWriter Open(string content)
    {
        Line(content);
        _indent++;
        return this;
    }

    public JsonTextWriter Close(string content)
    {
        _indent--;
        return Line(content);
    }

    public override string ToString() => _text.ToString();

    /// <summary>A quoted, escaped JSON string. Non-ASCII text is kept as is (the file is UTF-8); only what JSON requires, and lone surrogates, are escaped.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                default:
                    var lonelySurrogate = char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        && !(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]));
                    if (c < ' ' || lonelySurrogate)
                    {
                        text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    public static string Property(string name, string rawValue) => Quote(name) + ": " + rawValue;
}
