using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Contracts.Schema;

/// <summary>
/// The writer's schema fingerprint every message carries (<c>contracts-schema</c>): 16 lower-case hex digits of the
/// 64-bit FNV-1a hash of the UTF-8 bytes of <see cref="CanonicalText"/>. It depends only on what is on the wire
/// (member wire names, types, required, nullable, enum member names), never on C# or schema type names, declaration
/// order or the compatibility mode, so any language can compute it from a manifest or an exported schema
/// (docs/wire-format.md gives the grammar and test vectors).
/// </summary>
public static class SchemaFingerprint
{
    /// <summary>The fingerprint of <paramref name="schema"/>.</summary>
    public static string Of(ContractSchema schema) => Hash(CanonicalText(schema));

    /// <summary>
    /// The text that is hashed: <c>name@version</c> followed by the members as an object, where an object is
    /// <c>{</c> + its members sorted by wire name (ordinal), each <c>wireName:type!</c> (required) or
    /// <c>wireName:type</c> (optional), joined by <c>;</c> + <c>}</c>; a type is a primitive's manifest name,
    /// <c>[...]</c> for an array, <c>&lt;...&gt;</c> for a string-keyed map, an object inline, or <c>enum(a,b,c)</c> with
    /// its member names sorted; a nullable type ends in <c>?</c>. An object or enum the schema does not define is
    /// <c>object:Name</c> / <c>enum:Name</c>.
    /// </summary>
    public static string CanonicalText(ContractSchema schema)
    {
        var text = new StringBuilder();
        text.Append(schema.Name).Append('@').Append(schema.Version.ToString(CultureInfo.InvariantCulture));
        AppendObject(text, schema.Members, schema, new HashSet<string>(StringComparer.Ordinal));
        return text.ToString();
    }

    /// <summary>
    /// The canonical text of one object type of <paramref name="schema"/>, as it appears inside
    /// <see cref="CanonicalText"/>: two types with equal text have the same wire shape, whatever their names.
    /// </summary>
    internal static string CanonicalObjectText(ObjectSchema type, ContractSchema schema)
    {
        var text = new StringBuilder();
        AppendObject(text, type.Members, schema, new HashSet<string>(StringComparer.Ordinal) { type.Name });
        return text.ToString();
    }

    /// <summary>64-bit FNV-1a of the UTF-8 bytes of <paramref name="text"/>, as 16 lower-case hex digits.</summary>
    public static string Hash(string text)
    {
        const ulong offset = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offset;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * prime);
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }

    private static void AppendObject(StringBuilder text, IEnumerable<MemberSchema> members, ContractSchema schema, HashSet<string> path)
    {
        text.Append('{');
        var first = true;
        foreach (var member in members.OrderBy(m => m.WireName, StringComparer.Ordinal))
        {
            text.Append(first ? string.Empty : ";").Append(member.WireName).Append(':');
            AppendType(text, member.Type, schema, path);
            text.Append(member.Required ? "!" : string.Empty);
            first = false;
        }

        text.Append('}');
    }

    // path holds the objects being written: a recursive schema (which no generated contract has, CTR0010) would
    // otherwise never end; it is written by name the second time.
    private static void AppendType(StringBuilder text, TypeSchema type, ContractSchema schema, HashSet<string> path)
    {
        switch (type)
        {
            case PrimitiveTypeSchema primitive:
                text.Append(WirePrimitives.Of(primitive.Kind).WireName);
                break;
            case ArrayTypeSchema array:
                text.Append('[');
                AppendType(text, array.Element, schema, path);
                text.Append(']');
                break;
            case MapTypeSchema map:
                text.Append('<');
                AppendType(text, map.Value, schema, path);
                text.Append('>');
                break;
            case ObjectTypeSchema reference when schema.FindObject(reference.Name) is { } found && path.Add(reference.Name):
                AppendObject(text, found.Members, schema, path);
                path.Remove(reference.Name);
                break;
            case ObjectTypeSchema reference:
                text.Append("object:").Append(reference.Name);
                break;
            case EnumTypeSchema reference when schema.FindEnum(reference.Name) is { } found:
                text.Append("enum(").Append(string.Join(",", found.Members.OrderBy(m => m, StringComparer.Ordinal))).Append(')');
                break;
            case EnumTypeSchema reference:
                text.Append("enum:").Append(reference.Name);
                break;
        }

        text.Append(type.Nullable ? "?" : string.Empty);
    }
}
