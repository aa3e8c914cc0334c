using System.Collections.Generic;

namespace Contracts.Schema.Manifest.Json;

/// <summary>
/// Parses JSON text into <see cref="JsonTextNode"/>s. It stops at the first error (later errors in broken JSON
/// are mostly echoes of the first) and reports it with line and column; it never throws. A hand-written parser
/// because an analyzer cannot rely on System.Text.Json being loadable next to it.
/// </summary>
internal sealed class JsonTextParser
{
    // Deeper than any manifest; the limit keeps hostile input from overflowing the compiler's stack.
    private const int MaxDepth = 64;

    private readonly JsonTextLexer _lexer;
    private JsonToken _token;

    private JsonTextParser(string text)
    {
        _lexer = new JsonTextLexer(text);
        _token = _lexer.Next();
    }

    public static JsonTextNode? Parse(string text, out JsonTextError? error)
    {
        var parser = new JsonTextParser(text);
        var root = parser.ParseValue(depth: 0, out error);
        if (root is not null && parser._token.Kind != JsonTokenKind.End)
        {
            error = parser.Unexpected("the end of the document");
            root = null;
        }

        return root;
    }

    private JsonTextNode? ParseValue(int depth, out JsonTextError? error)
    {
        error = null;
        var token = _token;
        switch (token.Kind)
        {
            case JsonTokenKind.BeginObject:
            case JsonTokenKind.BeginArray:
                if (depth >= MaxDepth)
                {
                    error = new JsonTextError(token.Line, token.Column, "the document nests deeper than " + MaxDepth + " levels");
                    return null;
                }

                Advance();
                return token.Kind == JsonTokenKind.BeginObject ? ParseObject(token, depth, out error) : ParseArray(token, depth, out error);
            case JsonTokenKind.String:
                Advance();
                return new JsonTextNode(JsonTextKind.String, token.Line, token.Column, token.Text);
            case JsonTokenKind.Number:
                Advance();
                return new JsonTextNode(JsonTextKind.Number, token.Line, token.Column, token.Text);
            case JsonTokenKind.True:
            case JsonTokenKind.False:
            case JsonTokenKind.Null:
                Advance();
                var kind = token.Kind == JsonTokenKind.True ? JsonTextKind.True : token.Kind == JsonTokenKind.False ? JsonTextKind.False : JsonTextKind.Null;
                return new JsonTextNode(kind, token.Line, token.Column);
            default:
                error = Unexpected("a value");
                return null;
        }
    }

    private JsonTextNode? ParseObject(JsonToken start, int depth, out JsonTextError? error)
    {
        var node = new JsonTextNode(JsonTextKind.Object, start.Line, start.Column);
        var names = new HashSet<string>();
        error = null;
        if (_token.Kind == JsonTokenKind.EndObject)
        {
            Advance();
            return node;
        }

        while (true)
        {
            var name = _token;
            if (name.Kind != JsonTokenKind.String)
            {
                error = Unexpected("a property name in quotes");
                return null;
            }

            if (!names.Add(name.Text!))
            {
                error = new JsonTextError(name.Line, name.Column, "duplicate property \"" + name.Text + "\"");
                return null;
            }

            Advance();
            if (!Expect(JsonTokenKind.Colon, "':' after the property name", out error))
            {
                return null;
            }

            var value = ParseValue(depth + 1, out error);
            if (value is null)
            {
                return null;
            }

            node.Properties.Add(new JsonTextProperty(name.Text!, name.Line, name.Column, value));
            if (_token.Kind == JsonTokenKind.EndObject)
            {
                Advance();
                return node;
            }

            if (!Expect(JsonTokenKind.Comma, "',' or '}'", out error))
            {
                return null;
            }
        }
    }

    private JsonTextNode? ParseArray(JsonToken start, int depth, out JsonTextError? error)
    {
        var node = new JsonTextNode(JsonTextKind.Array, start.Line, start.Column);
        error = null;
        if (_token.Kind == JsonTokenKind.EndArray)
        {
            Advance();
            return node;
        }

        while (true)
        {
            var item = ParseValue(depth + 1, out error);
            if (item is null)
            {
                return null;
            }

            node.Items.Add(item);
            if (_token.Kind == JsonTokenKind.EndArray)
            {
                Advance();
                return node;
            }

            if (!Expect(JsonTokenKind.Comma, "',' or ']'", out error))
            {
                return null;
            }
        }
    }

    private bool Expect(JsonTokenKind kind, string expected, out JsonTextError? error)
    {
        if (_token.Kind != kind)
        {
            error = Unexpected(expected);
            return false;
        }

        Advance();
        error = null;
        return true;
    }

    private void Advance() => _token = _lexer.Next();

    private JsonTextError Unexpected(string expected) => _token.Kind switch
    {
        // "unexpected ..." from the lexer is more useful with what would have been right there.
        JsonTokenKind.Error => new JsonTextError(
            _token.Line,
            _token.Column,
            _token.Text!.StartsWith("unexpected", System.StringComparison.Ordinal) ? _token.Text + "; expected " + expected : _token.Text!),
        JsonTokenKind.End => new JsonTextError(_token.Line, _token.Column, "unexpected end of the document; expected " + expected),
        _ => new JsonTextError(_token.Line, _token.Column, "expected " + expected + ", found " + Describe(_token)),
    };

    private static string Describe(JsonToken token) => token.Kind switch
    {
        JsonTokenKind.BeginObject => "'{'",
        JsonTokenKind.EndObject => "'}'",
        JsonTokenKind.BeginArray => "'['",
        JsonTokenKind.EndArray => "']'",
        JsonTokenKind.Colon => "':'",
        JsonTokenKind.Comma => "','",
        JsonTokenKind.String => "a string",
        JsonTokenKind.Number => "a number",
        _ => token.Kind.ToString().ToLowerInvariant(),
    };
}
