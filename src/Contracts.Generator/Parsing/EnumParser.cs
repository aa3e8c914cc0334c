using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Specs;
using Microsoft.CodeAnalysis;

using Contracts.Schema;

namespace Contracts.Generator.Parsing;

/// <summary>Describes an enum used by a contract: the names it is written and read as, and its fallback member.</summary>
internal static class EnumParser
{
    /// <summary>
    /// Null when the enum is not settled yet (see <see cref="CompilerReported"/>): a member without a name, written
    /// twice, or whose value does not compile. The compiler reports each; its contracts wait until they are fixed.
    /// </summary>
    public static EnumSpec? Parse(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
    {
        if (CompilerReported.IsBrokenDeclaration(type))
        {
            return null;
        }

        var members = new List<EnumMemberSpec>();
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        var found = new List<DiagnosticInfo>();
        EnumMemberSpec? fallback = null;
        string? fallbackName = null;
        foreach (var field in type.GetMembers().OfType<IFieldSymbol>())
        {
            if (!field.HasConstantValue || CompilerReported.IsBadName(field.Name) || !names.Add(field.Name))
            {
                return null;
            }

            var member = new EnumMemberSpec(
                SymbolNames.CSharp(field.Name),
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
                fallbackName = field.Name;
            }
            else
            {
                found.Add(Diagnose.TwoEnumFallbacks(field.Locations.FirstOrDefault(), type.Name, fallbackName!, field.Name));
            }
        }

        diagnostics.AddRange(found);
        return new EnumSpec(SymbolNames.FullyQualified(type), TypeClassifier.EnumConverterName(type), type.Name, members.ToEquatableArray(), fallback);
    }

    private static bool IsFallback(IFieldSymbol field) => SymbolAttributes.Of(field, KnownTypes.EnumFallbackAttribute).Any();
}
