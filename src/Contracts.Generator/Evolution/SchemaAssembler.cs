using System;
using System.Collections.Generic;
using System.Linq;
using Contracts.Schema.Compatibility;
using Contracts.Generator.Model;

using Contracts.Schema;

namespace Contracts.Generator.Evolution;

/// <summary>
/// Builds the wire schema of one message (its members and every object and enum they reach) from the catalog, and
/// shortens qualified names (<c>Shop.Orders.OrderLine</c>) to the simple ones the manifest shows where unambiguous.
/// </summary>
internal static class SchemaAssembler
{
    public static ContractSchema? Build(SchemaCatalog catalog, string messageTypeName, string name, int version, CompatibilityMode mode)
    {
        var root = SchemaText.QualifiedName(messageTypeName);
        var objects = new Dictionary<string, EquatableArray<MemberSchema>>(StringComparer.Ordinal);
        var enums = new Dictionary<string, EquatableArray<string>>(StringComparer.Ordinal);
        var pending = new Queue<string>();
        var members = ReadMembers(catalog, root, pending, enums);
        if (members is null)
        {
            return null;
        }

        while (pending.Count > 0)
        {
            var next = pending.Dequeue();
            if (!objects.ContainsKey(next) && ReadMembers(catalog, next, pending, enums) is { } nested)
            {
                objects[next] = nested;
            }
        }

        var names = ShortNames(objects.Keys.Concat(enums.Keys));
        return new ContractSchema(
            name,
            version,
            mode,
            Rename(members.Value, names),
            objects.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => new ObjectSchema(names[o.Key], Rename(o.Value, names))).ToEquatableArray(),
            enums.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => new EnumSchema(names[e.Key], e.Value, catalog.EnumFallback(e.Key))).ToEquatableArray());
    }

    private static EquatableArray<MemberSchema>? ReadMembers(SchemaCatalog catalog, string type, Queue<string> pending, Dictionary<string, EquatableArray<string>> enums)
    {
        if (catalog.Members(type) is not { } raw)
        {
            return null;
        }

        var members = new List<MemberSchema>();
        foreach (var (wireName, text, required) in raw)
        {
            if (SchemaTypeText.TryParse(text, out _, out _) is not { } parsed)
            {
                continue;
            }

            Visit(parsed, catalog, pending, enums);
            members.Add(new MemberSchema(wireName, parsed, required));
        }

        return members.ToEquatableArray();
    }

    private static void Visit(TypeSchema type, SchemaCatalog catalog, Queue<string> pending, Dictionary<string, EquatableArray<string>> enums)
    {
        switch (type)
        {
            case ObjectTypeSchema o:
                pending.Enqueue(o.Name);
                break;
            case EnumTypeSchema e when !enums.ContainsKey(e.Name):
                enums[e.Name] = (catalog.EnumMembers(e.Name) ?? Array.Empty<string>()).ToEquatableArray();
                break;
            case ArrayTypeSchema a:
                Visit(a.Element, catalog, pending, enums);
                break;
            case MapTypeSchema m:
                Visit(m.Value, catalog, pending, enums);
                break;
        }
    }

    private static Dictionary<string, string> ShortNames(IEnumerable<string> qualified)
    {
        var all = qualified.Distinct(StringComparer.Ordinal).ToList();
        var counts = all.GroupBy(Short).ToDictionary(g => g.Key, g => g.Count());
        return all.ToDictionary(q => q, q => counts[Short(q)] == 1 ? Short(q) : q, StringComparer.Ordinal);
    }

    private static string Short(string qualified) => qualified.Substring(qualified.LastIndexOf('.') + 1);

    private static EquatableArray<MemberSchema> Rename(EquatableArray<MemberSchema> members, Dictionary<string, string> names)
        => members.Select(m => m with { Type = Rename(m.Type, names) }).ToEquatableArray();

    private static TypeSchema Rename(TypeSchema type, Dictionary<string, string> names) => type switch
    {
        ObjectTypeSchema o => o with { Name = names.TryGetValue(o.Name, out var n) ? n : o.Name },
        EnumTypeSchema e => e with { Name = names.TryGetValue(e.Name, out var n) ? n : e.Name },
        ArrayTypeSchema a => a with { Element = Rename(a.Element, names) },
        MapTypeSchema m => m with { Value = Rename(m.Value, names) },
        _ => type,
    };
}
