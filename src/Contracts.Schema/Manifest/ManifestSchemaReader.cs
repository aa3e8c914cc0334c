using System;
using System.Collections.Generic;
using Contracts.Schema.Compatibility;

using Contracts.Schema.Manifest.Json;

namespace Contracts.Schema.Manifest;

/// <summary>
/// Reads the wire shape of one manifest message (members, nested objects, enums) and checks that it hangs
/// together: unique names, every <c>object:</c>/<c>enum:</c> reference defined, fallbacks among the members.
/// The engine can then trust what it is given.
/// </summary>
internal static class ManifestSchemaReader
{
    /// <summary>The schema of <paramref name="message"/>, or null after recording its errors in <paramref name="reader"/>.</summary>
    /// <param name="reader">Where errors go.</param>
    /// <param name="message">The message's JSON object.</param>
    /// <param name="name">The message name the entry has.</param>
    /// <param name="version">The message version the entry has.</param>
    /// <param name="mode">The message's compatibility mode.</param>
    /// <param name="owner">How errors name <paramref name="message"/>: "a message", or "a history entry".</param>
    public static ContractSchema? Read(
        ManifestNodeReader reader, JsonTextNode message, string name, int version, CompatibilityMode mode, string owner = "a message")
    {
        var errorsBefore = reader.Errors.Count;
        var references = new List<(TypeSchema Type, JsonTextNode Node)>();
        var members = ReadMembers(reader, message, owner, references);
        var objects = ReadList(reader, message, ManifestNames.Objects, owner, (r, n) => ReadObject(r, n, references));
        var enums = ReadList(reader, message, ManifestNames.Enums, owner, ReadEnum);
        RejectDuplicates(reader, objects, "object type");
        RejectDuplicates(reader, enums, "enum");
        CheckReferences(reader, references, objects, enums);
        if (reader.Errors.Count != errorsBefore)
        {
            return null;
        }

        return new ContractSchema(
            name, version, mode, members.ToEquatableArray(),
            objects.ConvertAll(o => o.Value).ToEquatableArray(),
            enums.ConvertAll(e => e.Value).ToEquatableArray());
    }

    private static List<(T Value, JsonTextNode Node)> ReadList<T>(
        ManifestNodeReader reader, JsonTextNode parent, string property, string owner, Func<ManifestNodeReader, JsonTextNode, T?> read)
        where T : class
    {
        var result = new List<(T, JsonTextNode)>();
        foreach (var node in reader.Get(parent, property, JsonTextKind.Array, owner, required: false)?.Items ?? new List<JsonTextNode>())
        {
            if (node.Kind != JsonTextKind.Object)
            {
                reader.Error(node, "each of \"" + property + "\" must be an object");
            }
            else if (read(reader, node) is { } value)
            {
                result.Add((value, node));
            }
        }

        return result;
    }

    private static ObjectSchema? ReadObject(ManifestNodeReader reader, JsonTextNode node, List<(TypeSchema, JsonTextNode)> references)
    {
        reader.OnlyKnown(node, "an object type", ManifestNames.Name, ManifestNames.Members);
        var name = reader.String(node, ManifestNames.Name, "an object type");
        var members = ReadMembers(reader, node, "object type " + (name ?? "?"), references);
        return name is null ? null : new ObjectSchema(name, members.ToEquatableArray());
    }

    private static EnumSchema? ReadEnum(ManifestNodeReader reader, JsonTextNode node)
    {
        reader.OnlyKnown(node, "an enum", ManifestNames.Name, ManifestNames.Fallback, ManifestNames.Members);
        var name = reader.String(node, ManifestNames.Name, "an enum");
        var what = "enum " + (name ?? "?");
        var fallback = reader.String(node, ManifestNames.Fallback, what, required: false);
        var members = new List<string>();
        foreach (var item in reader.Get(node, ManifestNames.Members, JsonTextKind.Array, what)?.Items ?? new List<JsonTextNode>())
        {
            if (item.Kind != JsonTextKind.String || item.Text!.Length == 0)
            {
                reader.Error(item, "the members of " + what + " must be non-empty strings");
            }
            else if (members.Contains(item.Text))
            {
                reader.Error(item, what + " lists \"" + item.Text + "\" twice");
            }
            else
            {
                members.Add(item.Text);
            }
        }

        if (fallback is not null && !members.Contains(fallback))
        {
            reader.Error(node.Find(ManifestNames.Fallback)!.Value, "the fallback \"" + fallback + "\" of " + what + " is not one of its members");
        }

        return name is null ? null : new EnumSchema(name, members.ToEquatableArray(), fallback);
    }

    private static List<MemberSchema> ReadMembers(
        ManifestNodeReader reader, JsonTextNode parent, string owner, List<(TypeSchema, JsonTextNode)> references)
    {
        var members = new List<MemberSchema>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in reader.Get(parent, ManifestNames.Members, JsonTextKind.Array, owner)?.Items ?? new List<JsonTextNode>())
        {
            if (node.Kind != JsonTextKind.Object)
            {
                reader.Error(node, "each member of " + owner + " must be an object");
                continue;
            }

            const string what = "a member";
            reader.OnlyKnown(node, what, ManifestNames.WireName, ManifestNames.Type, ManifestNames.Required);
            var wireName = reader.String(node, ManifestNames.WireName, what);
            var type = ReadType(reader, node, references);
            var isRequired = reader.Boolean(node, ManifestNames.Required, what);
            if (wireName is not null && !names.Add(wireName))
            {
                reader.Error(node, owner + " has two members named \"" + wireName + "\"");
            }
            else if (wireName is not null && type is not null && isRequired is not null)
            {
                members.Add(new MemberSchema(wireName, type, isRequired.Value));
            }
        }

        return members;
    }

    private static TypeSchema? ReadType(ManifestNodeReader reader, JsonTextNode member, List<(TypeSchema, JsonTextNode)> references)
    {
        var node = reader.Get(member, ManifestNames.Type, JsonTextKind.String, "a member");
        if (node is null)
        {
            return null;
        }

        var type = SchemaTypeText.TryParse(node.Text!, out var error, out var offset);
        if (type is null)
        {
            // +1 for the opening quote; exact unless the type text itself holds escapes, which no valid type does.
            reader.Error(node.Line, node.Column + 1 + offset, "invalid type \"" + node.Text + "\": " + error);
            return null;
        }

        references.Add((type, node));
        return type;
    }

    private static void RejectDuplicates<T>(ManifestNodeReader reader, List<(T Value, JsonTextNode Node)> items, string what)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, node) in items)
        {
            var name = value switch { ObjectSchema o => o.Name, EnumSchema e => e.Name, _ => "" };
            if (!names.Add(name))
            {
                reader.Error(node, "the " + what + " \"" + name + "\" is defined twice");
            }
        }
    }

    private static void CheckReferences(
        ManifestNodeReader reader,
        List<(TypeSchema Type, JsonTextNode Node)> references,
        List<(ObjectSchema Value, JsonTextNode Node)> objects,
        List<(EnumSchema Value, JsonTextNode Node)> enums)
    {
        foreach (var (type, node) in references)
        {
            var inner = type;
            while (inner is ArrayTypeSchema or MapTypeSchema)
            {
                inner = inner is ArrayTypeSchema array ? array.Element : ((MapTypeSchema)inner).Value;
            }

            if (inner is ObjectTypeSchema o && !objects.Exists(x => x.Value.Name == o.Name))
            {
                reader.Error(node, "\"" + node.Text + "\" refers to object type \"" + o.Name + "\", which \"" + ManifestNames.Objects + "\" does not define");
            }
            else if (inner is EnumTypeSchema e && !enums.Exists(x => x.Value.Name == e.Name))
            {
                reader.Error(node, "\"" + node.Text + "\" refers to enum \"" + e.Name + "\", which \"" + ManifestNames.Enums + "\" does not define");
            }
        }
    }
}
