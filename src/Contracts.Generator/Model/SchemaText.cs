using System.Linq;

using Contracts.Schema;

namespace Contracts.Generator.Model;

/// <summary>
/// The schema of contract types as text in the manifest's type spelling, with object and enum names qualified by
/// namespace (<c>object:Shop.Orders.OrderLine</c>) so references can be followed across assemblies. Written into
/// assembly attributes and read back by the compilations that reference them.
/// </summary>
internal static class SchemaText
{
    public static string QualifiedName(string typeName) => typeName.Replace("global::", string.Empty).TrimEnd('?');

    public static string Of(TypeSpec type)
    {
        var text = type.Kind switch
        {
            WireKind.Primitive => type.WireTypeName!.TrimEnd('?'),
            WireKind.Enum => "enum:" + QualifiedName(type.NonNullableTypeName),
            WireKind.Object => "object:" + QualifiedName(type.NonNullableTypeName),
            WireKind.Dictionary => "map<string," + Of(type.Element!) + ">",
            _ => "array<" + Of(type.Element!) + ">",
        };
        return type.IsNullable ? text + "?" : text;
    }

    /// <summary>One line per member: wire name, type, 1 when required.</summary>
    public static string Members(ContractTypeSpec type)
        => string.Join("\n", type.Members.Select(m => m.WireName + "\t" + Of(m.Type) + "\t" + (m.Required ? "1" : "0")));

    public static string EnumMembers(EnumSpec type) => string.Join("\n", type.Members.Select(m => m.WireName));
}
