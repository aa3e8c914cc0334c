using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Contracts.Schema;

namespace Contracts.Import.Schemas;

/// <summary>
/// The nested objects and enums of one message, each defined once: a <c>$ref</c>'s target is one type however many
/// members point at it, and two inline shapes with the same name and the same members are one type. A name taken by
/// another shape gets <c>_2</c>, <c>_3</c>… (as the exporters do).
/// </summary>
internal sealed class ContractTypes
{
    private readonly Dictionary<string, TypeSchema> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byShape = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public List<ObjectSchema> Objects { get; } = [];

    public List<EnumSchema> Enums { get; } = [];

    /// <summary>The type already made for the <c>$ref</c> target <paramref name="key"/>, or null.</summary>
    public TypeSchema? Known(string key) => _byKey.TryGetValue(key, out var type) ? type : null;

    public void Remember(string key, TypeSchema type) => _byKey[key] = type.Nullable ? type with { Nullable = false } : type;

    public ObjectTypeSchema Object(string name, IReadOnlyList<MemberSchema> members)
    {
        var sorted = members.OrderBy(m => m.WireName, StringComparer.Ordinal).ToEquatableArray();
        var shape = "object:" + name + ":" + string.Join(",", sorted.Select(m => m.WireName + "=" + m.Type + (m.Required ? "!" : "")));
        if (!_byShape.TryGetValue(shape, out var claimed))
        {
            claimed = Claim(name);
            _byShape.Add(shape, claimed);
            Objects.Add(new ObjectSchema(claimed, sorted));
        }

        return TypeSchema.Object(claimed);
    }

    public EnumTypeSchema Enum(string name, IReadOnlyList<string> members, string? fallback)
    {
        var shape = "enum:" + name + ":" + string.Join(",", members) + ":" + fallback;
        if (!_byShape.TryGetValue(shape, out var claimed))
        {
            claimed = Claim(name);
            _byShape.Add(shape, claimed);
            Enums.Add(new EnumSchema(claimed, members.ToEquatableArray(), fallback));
        }

        return TypeSchema.Enum(claimed);
    }

    private string Claim(string preferred)
    {
        var name = preferred;
        for (var i = 2; !_names.Add(name); i++)
        {
            name = preferred + "_" + i.ToString(CultureInfo.InvariantCulture);
        }

        return name;
    }
}
