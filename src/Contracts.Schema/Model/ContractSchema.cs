using System;
using System.Linq;

namespace Contracts.Schema;

/// <summary>
/// One message contract as it is on the wire: identity (name + version), the mode its evolution is checked with,
/// its top-level members, and the nested object types and enums those members use, each defined once by name.
/// Names of nested types are not on the wire; they only resolve references inside this contract.
/// </summary>
public sealed record ContractSchema(
    string Name,
    int Version,
    CompatibilityMode Compatibility,
    EquatableArray<MemberSchema> Members,
    EquatableArray<ObjectSchema> Objects,
    EquatableArray<EnumSchema> Enums)
{
    /// <summary>"orders.order-placed v2": how messages name a contract.</summary>
    public string Display => Label ?? Name + " v" + Version;

    /// <summary>
    /// How messages name this schema, when "name vN" alone would not tell two sides apart (the cross-service gate
    /// compares two services' schemas of the same name and version). Not part of the contract.
    /// </summary>
    public string? Label { get; init; }

    /// <summary>The object type this contract defines as <paramref name="name"/>, or null.</summary>
    public ObjectSchema? FindObject(string name) => Objects.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal));

    /// <summary>The enum this contract defines as <paramref name="name"/>, or null.</summary>
    public EnumSchema? FindEnum(string name) => Enums.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal));
}

/// <summary>
/// A member of a message or nested object. <see cref="Required"/> for a writer means "always sent"; for a reader
/// "must be present". An optional member may be absent, and a reader then uses its default.
/// Nullability is on the type (<see cref="TypeSchema.Nullable"/>), because "may be absent" and "may be null"
/// are different promises on the wire.
/// </summary>
public sealed record MemberSchema(string WireName, TypeSchema Type, bool Required);

/// <summary>A nested object type used by a contract (a nested partial record in C#).</summary>
public sealed record ObjectSchema(string Name, EquatableArray<MemberSchema> Members);

/// <summary>
/// An enum sent as a string. <see cref="Members"/> are wire names in declaration order. A reader with a
/// <see cref="Fallback"/> maps a string it does not know onto that member instead of failing.
/// </summary>
public sealed record EnumSchema(string Name, EquatableArray<string> Members, string? Fallback = null);
