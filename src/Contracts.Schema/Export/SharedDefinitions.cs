using System;
using System.Collections.Generic;
using System.Linq;

namespace Contracts.Schema.Export;

/// <summary>One nested object or enum as a document that covers many messages defines it once.</summary>
/// <param name="Name">Its name in the document.</param>
/// <param name="Owner">The message schema it was taken from (its references resolve there).</param>
/// <param name="Object">The object type, or null for an enum.</param>
/// <param name="Enum">The enum, or null for an object type.</param>
internal sealed record SharedDefinition(string Name, ContractSchema Owner, ObjectSchema? Object, EnumSchema? Enum);

/// <summary>
/// The nested types of many messages in one namespace (a service's AsyncAPI components, its TypeScript module). Nested
/// type names belong to their message, so two messages may each define an <c>OrderLine</c>: when every definition of a
/// name has the same wire shape it is defined once under that name, otherwise each shape is named after its message.
/// </summary>
internal sealed class SharedDefinitions
{
    private readonly Dictionary<(ContractSchema Schema, bool IsEnum, string Name), string> _names = new();

    private SharedDefinitions(List<SharedDefinition> definitions) => Definitions = definitions;

    /// <summary>Every definition, in the order of their names.</summary>
    public IReadOnlyList<SharedDefinition> Definitions { get; }

    /// <param name="schemas">The messages, in document order.</param>
    /// <param name="names">The document's names, with those already used reserved.</param>
    /// <param name="plain">The document's spelling of a shared type's name.</param>
    /// <param name="qualified">The document's spelling of a name that belongs to one message.</param>
    public static SharedDefinitions Of(IReadOnlyList<ContractSchema> schemas, UniqueNames names, Func<string, string> plain, Func<ContractSchema, string, string> qualified)
    {
        var occurrences = schemas
            .SelectMany(s => s.Objects.Select(o => (Schema: s, o.Name, Shape: "object" + SchemaFingerprint.CanonicalObjectText(o, s), Object: (ObjectSchema?)o, Enum: (EnumSchema?)null))
                .Concat(s.Enums.Select(e => (Schema: s, e.Name, Shape: EnumShape(e), Object: (ObjectSchema?)null, Enum: (EnumSchema?)e))))
            .ToList();
        var definitions = new List<SharedDefinition>();
        var shared = new SharedDefinitions(definitions);
        foreach (var byName in occurrences.GroupBy(o => o.Name, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var shapes = byName.GroupBy(o => o.Shape, StringComparer.Ordinal).ToList();
            foreach (var shape in shapes)
            {
                var first = shape.First();
                var name = names.Claim(shapes.Count == 1 ? plain(byName.Key) : qualified(first.Schema, byName.Key));
                definitions.Add(new SharedDefinition(name, first.Schema, first.Object, first.Enum));
                foreach (var occurrence in shape)
                {
                    shared._names[(occurrence.Schema, occurrence.Enum is not null, occurrence.Name)] = name;
                }
            }
        }

        definitions.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return shared;
    }

    /// <summary>The document's name of the object or enum <paramref name="reference"/> names in <paramref name="schema"/>, or null when it defines none.</summary>
    public string? NameOf(ContractSchema schema, TypeSchema reference) => reference switch
    {
        ObjectTypeSchema o => _names.TryGetValue((schema, false, o.Name), out var found) ? found : null,
        EnumTypeSchema e => _names.TryGetValue((schema, true, e.Name), out var found) ? found : null,
        _ => null,
    };

    private static string EnumShape(EnumSchema type)
        => "enum(" + string.Join(",", type.Members.OrderBy(m => m, StringComparer.Ordinal)) + ")" + (type.Fallback is { } fallback ? "fallback:" + fallback : string.Empty);
}
