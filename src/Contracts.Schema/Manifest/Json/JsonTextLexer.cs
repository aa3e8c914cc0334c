using System.Text;

namespace Contracts.Schema.Manifest.Json;

internal enum JsonTokenKind
{
    BeginObject,
    EndObject,
    BeginArray,
    EndArray,
    Colon,
    Comma,
    String,
    Number,
    True,
    False,
    Null,
    End,
    Error,
}

internal readonly record struct JsonToken(JsonTokenKind Kind, int Line, int Column, string? Text);

/// <summary>
/// Splits JSON text (RFC 8259, nothing more: no comments, no trailing commas) into tokens and tracks line and
/// column. A malformed token becomes an <see cref="JsonTokenKind.Error"/> token carrying the message; nothing throws.
/// </summary>
internal sealed class JsonTextLexer
{
    private readonly string _text;
    private int _position;
    private int _line = 1;
    private int _lineStart;

    public JsonTextLexer(string text)
    {
        _text = text;
        // A byte order mark is not JSON, but editors on Windows write one; it says nothing about the content.
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            _position = _lineStart = 1;
        }
    }

    private int Column => _position - _lineStart + 1;

    public JsonToken Next()
    {
        SkipWhitespace();
        var line = _line;
        var column = Column;
        if (_position >= _text.Length)
        {
            return new JsonToken(JsonTokenKind.End, line, column, null);
        }

        var c = _text[_position];
        switch (c)
        {
            case '{': _position++; return new JsonToken(JsonTokenKind.BeginObject, line, column, null);
            case '}': _position++; return new JsonToken(JsonTokenKind.EndObject, line, column, null);
            case '[': _position++; return new JsonToken(JsonTokenKind.BeginArray, line, column, null);
            case ']': _position++; return new JsonToken(JsonTokenKind.EndArray, line, column, null);
            case ':': _position++; return new JsonToken(JsonTokenKind.Colon, line, column, null);
            case ',': _position++; return new JsonToken(JsonTokenKind.Comma, line, column, null);
            case '"': return ReadString(line, column);
            case 't': return ReadLiteral("true", JsonTokenKind.True, line, column);
            case 'f': return ReadLiteral("false", JsonTokenKind.False, line, column);
            case 'n': return ReadLiteral("null", JsonTokenKind.Null, line, column);
        }

        if (c == '-' || (c >= '0' && c <= '9'))
        {
            return ReadNumber(line, column);
        }

        return Error(line, column, "unexpected character '" + Printable(c) + "'");
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '\n' || c == '\r')
            {
                _position += c == '\r' && _position + 1 < _text.Length && _text[_position + 1] == '\n' ? 2 : 1;
                _line++;
                _lineStart = _position;
            }
            else if (c == ' ' || c == '\t')
            {
                _position++;
            }
            else
            {
                return;
            }
        }
    }

    private JsonToken ReadLiteral(string literal, JsonTokenKind kind, int line, int column)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            var end = _position;
            while (end < _text.Length && end - _position < 20 && char.IsLetterOrDigit(_text[end]))
            {
                end++;
            }

            return Error(line, column, "unexpected text '" + _text.Substring(_position, end - _position) + "'");
        }

        _position += literal.Length;
        return new JsonToken(kind, line, column, null);
    }

    private JsonToken ReadNumber(int line, int column)
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        if (Peek() == '0')
        {
            _position++;
        }
        else if (!SkipDigits())
        {
            return Error(_line, Column, "expected a digit");
        }

        if (Peek() == '.')
        {
            _position++;
            if (!SkipDigits())
            {
                return Error(_line, Column, "expected a digit after the decimal point");
            }
        }

        if (Peek() is 'e' or 'E')
        {
            _position++;
            if (Peek() is '+' or '-')
            {
                _position++;
            }

            if (!SkipDigits())
            {
                return Error(_line, Column, "expected a digit in the exponent");
            }
        }

        return new JsonToken(JsonTokenKind.Number, line, column, _text.Substring(start, _position - start));
    }

    private bool SkipDigits()
    {
        var start = _position;
        while (Peek() is >= '0' and <= '9')
        {
            _position++;
        }

        return _position > start;
    }

    private JsonToken ReadString(int line, int column)
    {
        _position++;
        var value = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                return Error(line, column, "unterminated string (the text ends inside it)");
            }

            var c = _text[_position];
            if (c == '"')
            {
                _position++;
                return new JsonToken(JsonTokenKind.String, line, column, value.ToString());
            }

            if (c < ' ')
            {
                return Error(_line, Column, c == '\n' || c == '\r' ? "unterminated string (a line ends inside it)" : "control character in a string; escape it");
            }

            if (c != '\\')
            {
                value.Append(c);
                _position++;
                continue;
            }

            if (ReadEscape(value) is { } error)
            {
                return error;
            }
        }
    }

    /// <summary>Appends the character a backslash escape stands for; the error token when the escape is invalid.</summary>
    private JsonToken? ReadEscape(StringBuilder value)
    {
        var escapeColumn = Column;
        _position++;
        var escaped = Peek();
        _position++;
        switch (escaped)
        {
            case '"': value.Append('"'); break;
            case '\\': value.Append('\\'); break;
            case '/': value.Append('/'); break;
            case 'b': value.Append('\b'); break;
            case 'f': value.Append('\f'); break;
            case 'n': value.Append('\n'); break;
            case 'r': value.Append('\r'); break;
            case 't': value.Append('\t'); break;
            case 'u':
                if (!TryReadHex4(out var code))
                {
                    return Error(_line, escapeColumn, "expected four hex digits after \\u");
                }

                value.Append(code);
                break;
            default:
                return Error(_line, escapeColumn, "invalid escape sequence in a string");
        }

        return null;
    }

    private bool TryReadHex4(out char code)
    {
        code = '\0';
        if (_position + 4 > _text.Length)
        {
            return false;
        }

        var result = 0;
        for (var i = 0; i < 4; i++)
        {
            var digit = _text[_position + i] switch
            {
                >= '0' and <= '9' and var d => d - '0',
                >= 'a' and <= 'f' and var d => d - 'a' + 10,
                >= 'A' and <= 'F' and var d => d - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return false;
            }

            result = (result * 16) + digit;
        }

        _position += 4;
        code = (char)result;
        return true;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private static JsonToken Error(int line, int column, string message) => new(JsonTokenKind.Error, line, column, message);

    private static string Printable(char c) => c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString();
}
