using System;
using System.Globalization;
using System.Text;

namespace Contracts.Serialization;

/// <summary>
/// Text from the wire as it appears in a path or a reason: in single quotes, escaped the way JSONPath (RFC 9535) escapes
/// a name, and cut at <see cref="MaxLength"/> characters. Paths and reasons end up in logs and dead-letter headers,
/// where a dictionary key or an enum value of a few megabytes, or one with line breaks in it, does not belong.
/// </summary>
internal static class QuotedText
{
    public const int MaxLength = 64;

    public static string Quote(string text) => Append(new StringBuilder(), text).ToString();

    public static StringBuilder Append(StringBuilder builder, string text)
    {
        // Never split a surrogate pair at the cut: half of one is not text.
        var length = text.Length <= MaxLength ? text.Length : char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        builder.Append('\'');
        foreach (var c in text.AsSpan(0, length))
        {
            _ = c switch
            {
                '\'' => builder.Append("\\'"),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                < ' ' or '\u007F' => builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return length == text.Length ? builder.Append('\'') : builder.Append(CultureInfo.InvariantCulture, $"…' ({text.Length} characters)");
    }
}
