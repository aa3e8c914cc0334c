using System;
using System.Text;

namespace Contracts.Schema;

/// <summary>
/// The text form of a <see cref="TypeSchema"/>, used by the manifest and by violation messages:
/// <c>int32</c>, <c>string?</c>, <c>enum:Status</c>, <c>object:OrderLine</c>, <c>array&lt;T&gt;</c>,
/// <c>map&lt;string,T&gt;</c>, with a trailing <c>?</c> for nullable. Format and parse live together so that the
/// two can never disagree.
/// </summary>
public static class SchemaTypeText
{
    /// <summary>The manifest's name of a primitive (<c>int32</c>).</summary>
    public static string PrimitiveName(PrimitiveKind kind) => WirePrimitives.Of(kind).WireName;

    /// <summary>The text form of <paramref name="type"/>.</summary>
    public static string Format(TypeSchema type)
    {
        var text = new StringBuilder();
        Append(text, type);
        return text.ToString();
    }

    /// <summary>
    /// Parses the text form. Returns null and sets <paramref name="error"/> (with the character offset in
    /// <paramref name="text"/>) when the text is not a type; never throws.
    /// </summary>
    public static TypeSchema? TryParse(string text, out string? error, out int errorOffset)
    {
        var position = 0;
        var type = ParseType(text, ref position, depth: 0, out error);
        if (type is not null && position != text.Length)
        {
            error = "unexpected '" + text[position] + "' after the type '" + text.Substring(0, position) + "'";
            type = null;
        }

        errorOffset = type is null ? position : 0;
        return type;
    }

    private static void Append(StringBuilder text, TypeSchema type)
    {
        switch (type)
        {
            case PrimitiveTypeSchema primitive:
                text.Append(PrimitiveName(primitive.Kind));
                break;
            case EnumTypeSchema enumType:
                text.Append("enum:").Append(enumType.Name);
                break;
            case ObjectTypeSchema objectType:
                text.Append("object:").Append(objectType.Name);
                break;
            case ArrayTypeSchema array:
                text.Append("array<");
                Append(text, array.Element);
                text.Append('>');
                break;
            case MapTypeSchema map:
                text.Append("map<string,");
                Append(text, map.Value);
                text.Append('>');
                break;
        }

        if (type.Nullable)
        {
            text.Append('?');
        }
    }

    // Nesting deeper than this is not a contract anyone writes; the limit keeps hostile input off the stack.
    private const int MaxDepth = 32;

    private static TypeSchema? ParseType(string text, ref int position, int depth, out string? error)
    {
        if (depth > MaxDepth)
        {
            error = "the type nests deeper than " + MaxDepth + " levels";
            return null;
        }

        var start = position;
        while (position < text.Length && IsNameChar(text[position]))
        {
            position++;
        }

        var word = text.Substring(start, position - start);
        TypeSchema? type;
        if (word == "array" || word == "map")
        {
            type = ParseGeneric(text, ref position, word, depth, out error);
        }
        else
        {
            type = ParseNamedOrPrimitive(word, start, ref position, out error);
        }

        if (type is not null && position < text.Length && text[position] == '?')
        {
            position++;
            type = type.OrNull();
        }

        return type;
    }

    /// <summary><c>enum:Name</c>, <c>object:Name</c> or a primitive's wire name; <paramref name="position"/> is after the word.</summary>
    private static TypeSchema? ParseNamedOrPrimitive(string word, int start, ref int position, out string? error)
    {
        if (word.StartsWith("enum:", StringComparison.Ordinal) || word.StartsWith("object:", StringComparison.Ordinal))
        {
            var colon = word.IndexOf(':');
            var name = word.Substring(colon + 1);
            if (name.Length == 0 || name.IndexOf(':') >= 0)
            {
                position = start + colon + 1;
                error = "expected a type name after '" + word.Substring(0, colon + 1) + "'";
                return null;
            }

            error = null;
            return word[0] == 'e' ? TypeSchema.Enum(name) : TypeSchema.Object(name);
        }

        var primitive = WirePrimitives.FromWireName(word);
        if (primitive is null)
        {
            position = start;
            error = word.Length == 0
                ? "expected a type"
                : "unknown type '" + word + "' (expected a primitive such as int32 or string, enum:Name, object:Name, array<T> or map<string,T>)";
            return null;
        }

        error = null;
        return TypeSchema.Primitive(primitive.Kind);
    }

    private static TypeSchema? ParseGeneric(string text, ref int position, string word, int depth, out string? error)
    {
        var prefix = word == "map" ? "<string," : "<";
        if (string.CompareOrdinal(text, position, prefix, 0, prefix.Length) != 0)
        {
            error = "expected '" + word + prefix + "'";
            return null;
        }

        position += prefix.Length;
        var inner = ParseType(text, ref position, depth + 1, out error);
        if (inner is null)
        {
            return null;
        }

        if (position >= text.Length || text[position] != '>')
        {
            error = "expected '>' to close '" + word + "<'";
            return null;
        }

        position++;
        return word == "map" ? TypeSchema.Map(inner) : TypeSchema.Array(inner);
    }

    // Names of nested types may be qualified ("Orders.OrderLine"); the delimiters of the grammar are excluded.
    private static bool IsNameChar(char c) => c is not ('<' or '>' or ',' or '?') && !char.IsWhiteSpace(c);
}
