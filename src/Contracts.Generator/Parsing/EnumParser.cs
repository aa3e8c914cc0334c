using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Parsing;

/// <summary>Describes an enum used by a contract: the names it is written and read as, and its fallback member.</summary>
internal static class EnumParser
{
    public static EnumSpec Parse(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
    {
        var members = new List<EnumMemberSpec>();
        EnumMemberSpec? fallback = null;
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>().Where(field => field.HasConstantValue))
        {
            var member = new EnumMemberSpec(
                field.Name,
                WireNames.Pinned(field) ?? field.Name,
                System.Convert.ToString(field.ConstantValue, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
            members.Add(member);
            if (!IsFallback(field))
            {
                continue;
            }

            if (fallback is null)
            {
                fallback = member;
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TwoEnumFallbacks, field.Locations.FirstOrDefault(), type.Name, fallback.Name, field.Name));
            }
        }

        return new EnumSpec(SymbolNames.FullyQualified(type), TypeClassifier.EnumConverterName(type), type.Name, members.ToEquatableArray(), fallback);
    }

    private static bool IsFallback(IFieldSymbol field) => SymbolAttributes.Of(field, KnownTypes.EnumFallbackAttribute).Any();
}
