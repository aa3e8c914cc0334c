using System.Linq;
using Contracts.Schema;

namespace Contracts.Generator.Specs;

/// <summary>
/// What the specs are in the schema model, typed: the one conversion the gates, the lock and the assembly attributes
/// share. Objects and enums are named by qualified name (<c>Shop.Orders.OrderLine</c>) so that references can be
/// followed across assemblies; the names a manifest shows are chosen later (see Gates/SchemaAssembler).
/// </summary>
internal static class SpecSchemas
{
    /// <summary>A C# type name as the schema names it: no <c>global::</c>, no verbatim <c>@</c>, no trailing <c>?</c>.</summary>
    public static string QualifiedName(string typeName) => typeName.Replace("global::", string.Empty).Replace("@", string.Empty).TrimEnd('?');

    public static ObjectSchema Object(ContractTypeSpec type)
        => new(QualifiedName(type.Declaration.FullyQualifiedName), type.Members.Select(m => new MemberSchema(m.WireName, Type(m.Type), m.Required)).ToEquatableArray());

    public static EnumSchema Enum(EnumSpec type)
        => new(QualifiedName(type.TypeName), type.Members.Select(m => m.WireName).ToEquatableArray(), type.Fallback?.WireName);

    public static TypeSchema Type(TypeSpec type)
    {
        TypeSchema schema = type.Kind switch
        {
            WireKind.Primitive => TypeSchema.Primitive(type.Primitive!.Value),
            WireKind.Enum => TypeSchema.Enum(QualifiedName(type.NonNullableTypeName)),
            WireKind.Object => TypeSchema.Object(QualifiedName(type.NonNullableTypeName)),
            WireKind.Dictionary => TypeSchema.Map(Type(type.Element!)),
            _ => TypeSchema.Array(Type(type.Element!)),
        };
        return type.IsNullable ? schema.OrNull() : schema;
    }
}
