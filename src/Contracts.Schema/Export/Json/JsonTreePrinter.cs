using System.Linq;
using Contracts.Schema.Manifest.Json;

namespace Contracts.Schema.Export.Json;

/// <summary>
/// Prints a <see cref="JsonTree"/> the way the lock is printed (two-space indentation, "\n" line endings, one escaping):
/// one property per line, and an array of scalars on one line when it is short, as <c>"required": ["a", "b"]</c> reads
/// best. Equal trees give equal bytes.
/// </summary>
internal static class JsonTreePrinter
{
    // Longer scalar arrays (an enum's members) get a line per item, so that a change is a one-line diff.
    private const int InlineArrayLimit = 80;

    public static string Print(JsonTree tree)
    {
        var json = new JsonTextWriter();
        Write(json, prefix: string.Empty, tree, suffix: string.Empty);
        return json.ToString();
    }

    private static void Write(JsonTextWriter json, string prefix, JsonTree tree, string suffix)
    {
        switch (tree)
        {
            case JsonTreeValue value:
                json.Line(prefix + value.Text + suffix);
                break;
            case JsonTreeArray array when Inline(array) is { } text:
                json.Line(prefix + text + suffix);
                break;
            case JsonTreeArray array:
                json.Open(prefix + "[");
                for (var i = 0; i < array.Items.Count; i++)
                {
                    Write(json, string.Empty, array.Items[i], i < array.Items.Count - 1 ? "," : string.Empty);
                }

                json.Close("]" + suffix);
                break;
            case JsonTreeObject obj when obj.Properties.Count == 0:
                json.Line(prefix + "{}" + suffix);
                break;
            case JsonTreeObject obj:
                json.Open(prefix + "{");
                for (var i = 0; i < obj.Properties.Count; i++)
                {
                    var property = obj.Properties[i];
                    Write(json, JsonTextWriter.Quote(property.Key) + ": ", property.Value, i < obj.Properties.Count - 1 ? "," : string.Empty);
                }

                json.Close("}" + suffix);
                break;
        }
    }

    private static string? Inline(JsonTreeArray array)
    {
        if (!array.Items.All(i => i is JsonTreeValue))
        {
            return null;
        }

        var text = "[" + string.Join(", ", array.Items.Cast<JsonTreeValue>().Select(v => v.Text)) + "]";
        return text.Length <= InlineArrayLimit ? text : null;
    }
}
