using System.Text.Json;

namespace Contracts.Generated.Tests.Fuzz;

/// <summary>One token of a body: where its bytes are, where the whole value it starts ends, and what holds it.</summary>
internal readonly record struct JsonToken(JsonTokenType Type, int Start, int End, int ValueEnd, JsonTokenType Parent)
{
    public bool IsValue => Type is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray);

    public bool IsText => Type is JsonTokenType.String or JsonTokenType.PropertyName;
}

/// <summary>
/// The tokens of a body as far as <see cref="Utf8JsonReader"/> reads it: a mutated body is usually broken somewhere,
/// and the tokens before the break are still places to mutate further.
/// </summary>
internal static class JsonTokens
{
    public static List<JsonToken> Scan(byte[] body)
    {
        var tokens = new List<JsonToken>();
        var open = new Stack<int>();
        // Deep enough for the deep-nesting mutation: its bodies are scanned again when another mutation follows.
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 4096 });
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                var end = start + Length(ref reader);
                var parent = open.Count == 0 ? JsonTokenType.None : tokens[open.Peek()].Type;
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        open.Push(tokens.Count);
                        tokens.Add(new JsonToken(reader.TokenType, start, end, end, parent));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        var first = open.Pop();
                        tokens[first] = tokens[first] with { ValueEnd = end };
                        parent = open.Count == 0 ? JsonTokenType.None : tokens[open.Peek()].Type;
                        tokens.Add(new JsonToken(reader.TokenType, start, end, end, parent));
                        break;
                    default:
                        tokens.Add(new JsonToken(reader.TokenType, start, end, end, parent));
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The rest of the body is not JSON; containers still open end where the readable part ends.
        }

        while (open.Count > 0)
        {
            var first = open.Pop();
            tokens[first] = tokens[first] with { ValueEnd = body.Length };
        }

        return tokens;
    }

    /// <summary>The end of the member whose name is at <paramref name="index"/>: the end of the value after it.</summary>
    public static int MemberEnd(List<JsonToken> tokens, int index)
        => index + 1 < tokens.Count ? tokens[index + 1].ValueEnd : tokens[index].End;

    private static int Length(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String or JsonTokenType.PropertyName => reader.ValueSpan.Length + 2,
        JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null => reader.ValueSpan.Length,
        _ => 1,
    };
}
