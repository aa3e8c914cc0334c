using Contracts.Schema;

namespace Contracts.Generator.Specs;

/// <summary>What a member's type is on the wire; the closed list from the design.</summary>
internal enum WireKind
{
    Primitive,
    Enum,
    Object,
    Array,
    List,
    Dictionary,
}

/// <summary>
/// A member type. <see cref="TypeName"/> is the <c>global::</c>-qualified C# type as declared (with <c>?</c> when
/// nullable); <see cref="Primitive"/> is the primitive (its row in WirePrimitives) for <see cref="WireKind.Primitive"/>;
/// <see cref="Element"/> is the element or dictionary value type; <see cref="Helper"/> is the enum converter class.
/// </summary>
internal sealed record TypeSpec(
    WireKind Kind,
    string TypeName,
    bool IsNullable,
    bool IsValueType,
    PrimitiveKind? Primitive = null,
    TypeSpec? Element = null,
    string? Helper = null)
{
    /// <summary>The type without its nullable annotation, for constructing values.</summary>
    public string NonNullableTypeName => IsNullable && TypeName.EndsWith("?", System.StringComparison.Ordinal)
        ? TypeName.Substring(0, TypeName.Length - 1)
        : TypeName;
}
