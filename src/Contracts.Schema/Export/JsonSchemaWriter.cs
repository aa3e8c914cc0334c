using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Contracts.Schema.Export.Json;

namespace Contracts.Schema.Export;

/// <summary>
/// Writes wire types as JSON Schema, in the subset that JSON Schema 2020-12 and draft-07 read alike (the AsyncAPI
/// parser checks payloads as draft-07): a nullable type is <c>type: [T, "null"]</c>, or <c>anyOf</c> a bare
/// <c>$ref</c> and null, since draft-07 ignores what stands beside a <c>$ref</c>. Where definitions live is the
/// caller's: <see cref="Reference"/> gives the pointer of a named object or enum.
/// </summary>
internal sealed class JsonSchemaWriter(Func<TypeSchema, string?> reference)
{
    /// <summary>The JSON pointer (as a URI fragment, <c>#/$defs/OrderLine</c>) of an object or enum reference; null when it is not defined.</summary>
    public Func<TypeSchema, string?> Reference { get; } = reference;

    /// <summary>An object with <paramref name="members"/>: every member in <c>properties</c> (by wire name), the required ones in <c>required</c>.</summary>
    public JsonTreeObject Object(EquatableArray<MemberSchema> members)
    {
        var sorted = members.OrderBy(m => m.WireName, StringComparer.Ordinal).ToList();
        var properties = new JsonTreeObject();
        foreach (var member in sorted)
        {
            properties.Add(member.WireName, Type(member.Type));
        }

        var schema = new JsonTreeObject().Add("type", "object").Add("properties", properties);
        var required = sorted.Where(m => m.Required).Select(m => m.WireName).ToList();
        return required.Count == 0 ? schema : schema.Add("required", JsonTree.Strings(required));
    }

    /// <summary>The schema of one value of <paramref name="type"/>.</summary>
    public JsonTreeObject Type(TypeSchema type)
    {
        switch (type)
        {
            case PrimitiveTypeSchema primitive:
                var json = WirePrimitives.Of(primitive.Kind).Json;
                return TypeKeyword(json.Type, type.Nullable).AddIf("format", json.Format).AddIf("pattern", json.Pattern)
                    .AddNumber("minimum", json.Minimum).AddNumber("maximum", json.Maximum).AddIf("description", json.Description);
            case ArrayTypeSchema array:
                return TypeKeyword("array", type.Nullable).Add("items", Type(array.Element));
            case MapTypeSchema map:
                return TypeKeyword("object", type.Nullable).Add("additionalProperties", Type(map.Value));
            default:
                return Named(type);
        }
    }

    /// <summary>An enum's definition: its wire strings, and what a reader with a fallback does with others.</summary>
    public static JsonTreeObject Enum(EnumSchema type, string? reader)
    {
        var schema = new JsonTreeObject().Add("type", "string").Add("enum", JsonTree.Strings(type.Members));
        return type.Fallback is { } fallback && reader is not null
            ? schema.Add("description", "Service '" + reader + "' reads a string it does not know as \"" + fallback + "\".")
            : schema;
    }

    /// <summary>A URI fragment pointing at <paramref name="segments"/> (RFC 6901 escapes, then percent-encoding).</summary>
    public static string Pointer(params string[] segments)
    {
        var text = new StringBuilder("#");
        foreach (var segment in segments)
        {
            text.Append('/');
            foreach (var b in Encoding.UTF8.GetBytes(segment.Replace("~", "~0").Replace("/", "~1")))
            {
                var c = (char)b;
                var plain = c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' or '_' or '~' or '$';
                text.Append(plain ? c.ToString() : "%" + b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    // A reference the document does not define (only a hand-written manifest can have one, and its reader refuses it)
    // stays the kind of JSON value it names rather than failing the export.
    private JsonTreeObject Named(TypeSchema type)
    {
        if (Reference(type) is not { } pointer)
        {
            return TypeKeyword(type is EnumTypeSchema ? "string" : "object", type.Nullable);
        }

        var target = new JsonTreeObject().Add("$ref", pointer);
        return type.Nullable
            ? new JsonTreeObject().Add("anyOf", new JsonTreeArray(new JsonTree[] { target, TypeKeyword("null", nullable: false) }))
            : target;
    }

    private static JsonTreeObject TypeKeyword(string name, bool nullable)
        => new JsonTreeObject().Add("type", nullable ? JsonTree.Strings(new[] { name, "null" }) : JsonTree.String(name));
}
