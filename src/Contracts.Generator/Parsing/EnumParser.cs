using System.Linq;
using Contracts.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Parsing;

/// <summary>Describes an enum used by a contract: the names it is written and read as.</summary>
internal static class EnumParser
{
    public static EnumSpec Parse(INamedTypeSymbol type)
        => new(
            SymbolNames.FullyQualified(type),
            TypeClassifier.EnumConverterName(type),
            type.Name,
            type.GetMembers().OfType<IFieldSymbol>()
                .Where(field => field.HasConstantValue)
                .Select(field => new EnumMemberSpec(field.Name, WireNames.Pinned(field) ?? field.Name, System.Convert.ToString(field.ConstantValue, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty))
                .ToEquatableArray());
}
