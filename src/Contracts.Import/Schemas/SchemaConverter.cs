using System;
using System.Collections.Generic;
using System.Linq;
using Contracts.Import.Source;
using Contracts.Schema;

namespace Contracts.Import.Schemas;

/// <summary>
/// Turns the JSON Schema of one message body into the wire model: members, their types, and the nested objects and
/// enums they use (in <see cref="Types"/>). Every construct is either mapped (docs/import.md, "What imports") or
/// reported with its file, line and column; nothing is skipped silently. Errors go to the import's
/// <see cref="SourceFiles"/>; a null result means at least one was reported.
/// </summary>
internal sealed class SchemaConverter(SourceFiles files, References references, Func<string, string> typeName)
{
    private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);

    public ContractTypes Types { get; } = new();

    /// <summary>The members of a message body, which must be an object schema with <c>properties</c>.</summary>
    public List<MemberSchema>? Body(Node schema)
    {
        var resolved = Unwrap(schema, out _);
        if (resolved is not { } body)
        {
            return null;
        }

        if (!Supported(body))
        {
            return null;
        }

        if (!IsObject(body))
        {
            files.Error(body.Error("a message body must be an object schema (\"type\": \"object\" with \"properties\")"));
            return null;
        }

        return Members(body);
    }

    /// <summary>The type of one value; <paramref name="hint"/> names an inline object or enum it defines.</summary>
    public TypeSchema? Type(Node schema, string hint)
    {
        if (!schema.IsMapping)
        {
            files.Error(schema.Error(schema.Boolean is { } b
                ? "the boolean schema " + (b ? "true (any value)" : "false (no value)") + " says nothing the gate can compare; give the member a type"
                : "a schema must be an object"));
            return null;
        }

        if (!Supported(schema))
        {
            return null;
        }

        var nullable = schema["nullable"]?.Boolean == true;
        if (schema["$ref"] is { } reference)
        {
            return OrNull(Referenced(schema, reference), nullable);
        }

        foreach (var (key, keyNode, value) in schema.Entries)
        {
            if (key is "allOf" or "anyOf" or "oneOf")
            {
                if (ShapingBeside(schema, key) is { } beside)
                {
                    files.Error(beside.Error("\"" + beside.String + "\" beside \"" + key + "\" is not supported: the gate would have to merge them; put the whole shape inside the " + key));
                    return null;
                }

                return OrNull(key == "allOf" ? Single(value, keyNode, hint) : Alternatives(value, keyNode, hint), nullable);
            }
        }

        return OrNull(Typed(schema, hint), nullable);
    }

    // A keyword that shapes the value beside a combinator: properties next to an allOf would be silently dropped.
    // "type" may stand beside alternatives that are string constants (an enum, as TypeBox and hand-written schemas say it).
    private static Node? ShapingBeside(Node schema, string combinator)
    {
        foreach (var (key, keyNode, _) in schema.Entries)
        {
            var allowed = key == combinator || key == "nullable" || Keywords.IsAnnotation(key)
                || (key == "type" && combinator != "allOf" && schema[combinator]!.Value.Items.All(i => IsNullSchema(i) || (i.IsMapping && i["const"] is not null)));
            if (!allowed)
            {
                return keyNode;
            }
        }

        return null;
    }

    private bool Supported(Node schema)
    {
        var ok = true;
        foreach (var (key, keyNode, value) in schema.Entries)
        {
            // if/then/else is one construct: one error, at "if" when there is one.
            var repeated = key is "then" or "else" && schema["if"] is not null;
            if (Keywords.Refused.TryGetValue(key, out var why) && !Keywords.IsHarmless(key, value) && !repeated)
            {
                files.Error(keyNode.Error("\"" + key + "\" is not supported: " + why));
                ok = false;
            }
        }

        return ok;
    }

    private TypeSchema? Referenced(Node schema, Node reference)
    {
        foreach (var (key, keyNode, _) in schema.Entries)
        {
            if (key is not ("$ref" or "nullable") && !Keywords.IsAnnotation(key))
            {
                files.Error(keyNode.Error("\"" + key + "\" beside \"$ref\" is not supported: put the $ref in an allOf, or the constraint in the referenced schema"));
                return null;
            }
        }

        if (references.Resolve(reference) is not { } target)
        {
            return null;
        }

        if (Types.Known(target.Key) is { } known)
        {
            return known;
        }

        if (!_resolving.Add(target.Key))
        {
            files.Error(reference.Error("\"$ref\": \"" + reference.String + "\" is a cycle (the schema contains itself); the wire model has no recursive types"));
            return null;
        }

        var type = Type(target.Node, typeName(target.Name));
        _resolving.Remove(target.Key);
        if (type is not null)
        {
            Types.Remember(target.Key, type);
        }

        return type;
    }

    // allOf: one schema that shapes the value, the others only describe it (zod's .describe() on a $ref gives that).
    private TypeSchema? Single(Node allOf, Node keyword, string hint)
    {
        var shaping = allOf.Items.Where(item => !item.IsMapping || item.Entries.Any(e => !Keywords.IsAnnotation(e.Key))).ToList();
        if (shaping.Count != 1)
        {
            files.Error(keyword.Error("\"allOf\" of " + shaping.Count + " shapes is not supported: the gate compares one shape per value (an allOf may hold one schema plus descriptions)"));
            return null;
        }

        return Type(shaping[0], hint);
    }

    // anyOf/oneOf: [T, null] is a nullable T; alternatives that are all string constants are an enum (TypeBox's Union of Literals).
    private TypeSchema? Alternatives(Node list, Node keyword, string hint)
    {
        var items = list.Items.ToList();
        var nulls = items.Where(IsNullSchema).ToList();
        var rest = items.Except(nulls).ToList();
        var constants = rest.Select(item => item.IsMapping ? item["const"]?.String : null).ToList();
        if (rest.Count > 0 && constants.All(c => c is not null))
        {
            return Types.Enum(hint, constants!, Fallback(list)) with { Nullable = nulls.Count > 0 };
        }

        if (rest.Count != 1)
        {
            files.Error(keyword.Error("\"" + keyword.String + "\" across " + rest.Count + " shapes is not supported: the gate compares one shape per value; only [T, {\"type\": \"null\"}] and alternatives of string constants (an enum) import"));
            return null;
        }

        return OrNull(Type(rest[0], hint), nulls.Count > 0);
    }

    private TypeSchema? Typed(Node schema, string hint)
    {
        if (schema["enum"] is { } values)
        {
            return Enum(schema, values, hint);
        }

        if (schema["const"] is { } constant)
        {
            return constant.String is { } text
                ? Types.Enum(hint, [text], Fallback(schema))
                : Fail(constant, "a \"const\" that is not a string is not supported: the wire model has no literal types");
        }

        var (name, nullable) = TypeName(schema);
        var type = name switch
        {
            null => null,
            "boolean" => TypeSchema.Primitive(PrimitiveKind.Boolean),
            "integer" => Integer(schema),
            "number" => TypeSchema.Primitive(PrimitiveMapping.Number(Bound(schema, "minimum", "exclusiveMinimum"), Bound(schema, "maximum", "exclusiveMaximum"))),
            "string" => TypeSchema.Primitive(PrimitiveMapping.String(schema["format"]?.String, schema["pattern"]?.String)),
            "array" => Array(schema, hint),
            "object" => Object(schema, hint),
            _ => Fail(schema["type"]!.Value, "\"type\": \"" + name + "\" is not supported: a member that is always null carries nothing the gate can compare"),
        };
        return OrNull(type, nullable);
    }

    private (string? Name, bool Nullable) TypeName(Node schema)
    {
        if (schema["type"] is not { } type)
        {
            // Hand-written schemas often leave the type implied by its keywords.
            return schema["properties"] is not null || schema["additionalProperties"] is not null ? ("object", false)
                : schema["items"] is not null ? ("array", false)
                : (NoType(schema), false);
        }

        if (type.String is { } single)
        {
            return (single, false);
        }

        var names = type.Items.Select(i => i.String).ToList();
        var others = names.Where(n => n != "null").ToList();
        if (others.Count == 1 && others[0] is { } one && names.Count == 2)
        {
            return (one, true);
        }

        files.Error(type.Error("\"type\": [" + string.Join(", ", names.Select(n => "\"" + n + "\"")) + "] is not supported: only one type, or [T, \"null\"]"));
        return (null, false);
    }

    private string? NoType(Node schema)
    {
        files.Error(schema.Error("a schema without \"type\" allows any value, which the gate cannot compare; give it a type"));
        return null;
    }

    private TypeSchema? Enum(Node schema, Node values, string hint)
    {
        var items = values.Items.ToList();
        var strings = items.Where(v => !v.IsNull).Select(v => v.String).ToList();
        if (strings.Count == 0 || strings.Any(s => s is null))
        {
            return Fail(values, "an \"enum\" of values that are not strings is not supported: enums are sent as their member strings");
        }

        return Types.Enum(hint, strings!, Fallback(schema)) with { Nullable = strings.Count < items.Count || (schema["type"] is not null && TypeName(schema).Nullable) };
    }

    private TypeSchema? Integer(Node schema)
    {
        var minimum = IntegerBound(schema, "minimum", "exclusiveMinimum", +1);
        var maximum = IntegerBound(schema, "maximum", "exclusiveMaximum", -1);
        return PrimitiveMapping.Integer(minimum, maximum) is { } kind
            ? TypeSchema.Primitive(kind)
            : Fail(schema, "no integer kind holds the range [" + minimum + ", " + maximum + "] (the widest are int64 and uint64)");
    }

    private TypeSchema? Array(Node schema, string hint)
    {
        if (schema["items"] is not { } items)
        {
            return Fail(schema, "an array without \"items\" may hold any value, which the gate cannot compare; give its items a schema");
        }

        if (items.IsSequence)
        {
            return Fail(items, "\"items\" as a list (a draft-07 tuple) is not supported: arrays hold one type");
        }

        return Type(items, hint + "Item") is { } element ? TypeSchema.Array(element) : null;
    }

    private TypeSchema? Object(Node schema, string hint)
    {
        var additional = schema["additionalProperties"];
        if (additional is { IsMapping: true } values)
        {
            // A map: string keys, values of one schema. With properties beside it, the model cannot say both.
            return schema["properties"] is { } properties
                ? Fail(properties, "an object with both \"properties\" and an \"additionalProperties\" schema is not supported: it is either a record or a map")
                : Type(values, hint + "Value") is { } value ? TypeSchema.Map(value) : null;
        }

        // additionalProperties false/true: an open view either way (docs/import.md: readers skip unknown members).
        var members = Members(schema);
        return members is null ? null : Types.Object(typeName(schema["title"]?.String is { Length: > 0 } title && IsIdentifier(title) ? title : hint), members);
    }

    private List<MemberSchema>? Members(Node schema)
    {
        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in schema["required"]?.Items ?? [])
        {
            if (name.String is { } text)
            {
                required.Add(text);
            }
        }

        var members = new List<MemberSchema>();
        var ok = true;
        var properties = schema["properties"];
        foreach (var (key, _, value) in properties?.Entries ?? [])
        {
            var type = Type(value, Contracts.Schema.Export.ExportNames.Pascal(key));
            ok &= type is not null;
            if (type is not null)
            {
                members.Add(new MemberSchema(key, type, required.Remove(key)));
            }
        }

        foreach (var missing in required)
        {
            files.Error(schema["required"]!.Value.Error("\"required\" names \"" + missing + "\", which \"properties\" does not define"));
            ok = false;
        }

        return ok ? members : null;
    }

    private static string? Fallback(Node schema) => schema["x-contracts-fallback"]?.String;

    private static bool IsObject(Node schema)
        => schema["type"]?.String == "object" || (schema["type"] is null && schema["properties"] is not null);

    private static bool IsNullSchema(Node schema) => schema.IsMapping && (schema["type"]?.String == "null" || schema["const"]?.IsNull == true);

    private Node? Unwrap(Node schema, out string? name)
    {
        name = null;
        for (var depth = 0; schema.IsMapping && schema["$ref"] is { } reference && depth < 32; depth++)
        {
            if (references.Resolve(reference) is not { } target)
            {
                return null;
            }

            schema = target.Node;
            name = target.Name;
        }

        return schema;
    }

    private static double? Bound(Node schema, string inclusive, string exclusive) => schema[inclusive]?.Double ?? schema[exclusive]?.Double;

    private static decimal? IntegerBound(Node schema, string inclusive, string exclusive, int step)
        => schema[inclusive]?.Number is { } value ? (step > 0 ? Math.Ceiling(value) : Math.Floor(value))
            : schema[exclusive]?.Number is { } open ? (step > 0 ? Math.Floor(open) + 1 : Math.Ceiling(open) - 1) : null;

    private TypeSchema? Fail(Node at, string message)
    {
        files.Error(at.Error(message));
        return null;
    }

    private static TypeSchema? OrNull(TypeSchema? type, bool nullable) => type is not null && nullable ? type.OrNull() : type;

    private static bool IsIdentifier(string text) => text.All(c => char.IsLetterOrDigit(c) || c == '_') && !char.IsDigit(text[0]);
}
