using System;
using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Specs;
using Contracts.Schema;

namespace Contracts.Generator.Specs;

/// <summary>
/// Builds the wire schema of one message (its members and every object and enum they reach) from the catalog, and
/// shortens the qualified names of nested types (<c>Shop.Orders.OrderLine</c>) to the simple ones the manifest shows
/// where that is unambiguous.
/// </summary>
internal static class SchemaAssembler
{
    public static ContractSchema? Build(SchemaCatalog catalog, string messageTypeName, string name, int version, CompatibilityMode mode)
    {
        if (catalog.Object(SpecSchemas.QualifiedName(messageTypeName)) is not { } root)
        {
            return null;
        }

        var objects = new Dictionary<string, ObjectSchema>(StringComparer.Ordinal);
        var enums = new Dictionary<string, EnumSchema>(StringComparer.Ordinal);
        var pending = new Queue<TypeSchema>(root.Members.Select(m => m.Type));
        while (pending.Count > 0)
        {
            Visit(pending.Dequeue(), catalog, pending, objects, enums);
        }

        var names = ShortNames(objects.Keys.Concat(enums.Keys));
        return new ContractSchema(
            name,
            version,
            mode,
            Rename(root.Members, names),
            objects.Values.OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => new ObjectSchema(names[o.Name], Rename(o.Members, names))).ToEquatableArray(),
            enums.Values.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => e with { Name = names[e.Name] }).ToEquatableArray());
    }

    // An object or enum the catalog does not know stays a reference without a definition; the engine reports it as
    // SCHEMA_INVALID rather than the member silently vanishing.
    private static void Visit(TypeSchema type, SchemaCatalog catalog, Queue<TypeSchema> pending, Dictionary<string, ObjectSchema> objects, Dictionary<string, EnumSchema> enums)
    {
        switch (type)
        {
            case ObjectTypeSchema o when !objects.ContainsKey(o.Name) && catalog.Object(o.Name) is { } found:
                objects.Add(o.Name, found);
                foreach (var member in found.Members)
                {
                    pending.Enqueue(member.Type);
                }

                break;
            case EnumTypeSchema e when !enums.ContainsKey(e.Name):
                enums.Add(e.Name, catalog.Enum(e.Name) ?? new EnumSchema(e.Name, EquatableArray<string>.Empty));
                break;
            case ArrayTypeSchema a:
                pending.Enqueue(a.Element);
                break;
            case MapTypeSchema m:
                pending.Enqueue(m.Value);
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

    private static TypeSchema Rename(TypeSchema type, IReadOnlyDictionary<string, string> names) => type switch
    {
        ObjectTypeSchema o => o with { Name = names.TryGetValue(o.Name, out var n) ? n : o.Name },
        EnumTypeSchema e => e with { Name = names.TryGetValue(e.Name, out var n) ? n : e.Name },
        ArrayTypeSchema a => a with { Element = Rename(a.Element, names) },
        MapTypeSchema m => m with { Value = Rename(m.Value, names) },
        _ => type,
    };
}
