using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Contracts.Generator.Parsing;

/// <summary>
/// Finds a record's wire members through its symbols: primary-constructor parameters and public settable or init-only
/// properties, base records first, in declaration order. Works for every shape, but asking a source record for its
/// members makes the compiler build all of them (the synthesized Equals, ToString, Clone...), which is what most of a
/// keystroke used to cost; <see cref="PositionalRecordReader"/> answers the common shape without it.
/// </summary>
internal static class SymbolMemberReader
{
    /// <summary>Null when the type has neither a primary constructor nor an accessible parameterless one.</summary>
    public static List<MemberSource>? Read(INamedTypeSymbol type)
    {
        var primary = PrimaryConstructor(type);
        if (primary is null && !type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal))
        {
            return null;
        }

        // Two parameters of one name (CS0100) keep the first here; the member parser sees the duplicate and stops.
        var parameters = new Dictionary<string, IParameterSymbol>();
        foreach (var parameter in primary?.Parameters ?? ImmutableArray<IParameterSymbol>.Empty)
        {
            if (!parameters.ContainsKey(parameter.Name))
            {
                parameters.Add(parameter.Name, parameter);
            }
        }

        var members = new List<MemberSource>();
        foreach (var property in WireProperties(type, parameters))
        {
            parameters.TryGetValue(property.Name, out var parameter);
            members.Add(Describe(property, parameter, primary));
        }

        // A parameter without a property (error recovery gave it no name, or named it twice) still breaks the shape.
        foreach (var parameter in primary?.Parameters ?? ImmutableArray<IParameterSymbol>.Empty)
        {
            if (CompilerReported.IsBadName(parameter.Name) || !SymbolEqualityComparer.Default.Equals(parameters[parameter.Name], parameter))
            {
                members.Add(new MemberSource(parameter.Name, parameter.Type, null, null, null, null, parameter.Ordinal, null, false, false, HasBrokenSyntax: true));
            }
        }

        return members;
    }

    /// <summary>One wire member: the property, and the primary-constructor parameter it comes from if any.</summary>
    private static MemberSource Describe(IPropertySymbol property, IParameterSymbol? parameter, IMethodSymbol? primary)
    {
        var declared = (parameter ?? (ISymbol)property).DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        return new MemberSource(
            property.Name,
            property.Type,
            WireNames.Pinned(property) ?? (parameter is null ? null : WireNames.Pinned(parameter)),
            (parameter ?? (ISymbol)property).Locations.FirstOrDefault(),
            declared switch
            {
                ParameterSyntax { Type: { } written } => written.GetLocation(),
                PropertyDeclarationSyntax { Type: { } written } => written.GetLocation(),
                _ => null,
            },
            property.Locations.FirstOrDefault(),
            parameter is null ? -1 : primary!.Parameters.IndexOf(parameter),
            parameter is { HasExplicitDefaultValue: true } ? DefaultValues.Format(parameter) : null,
            property.IsRequired,
            HasInitializer(property),
            CompilerReported.IsBrokenSyntax(declared));
    }

    private static IEnumerable<IPropertySymbol> WireProperties(INamedTypeSymbol type, Dictionary<string, IParameterSymbol> parameters)
    {
        var seen = new HashSet<string>();
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        foreach (var declaring in chain)
        {
            // Declaration order, which for a partial record split over files is the order of the files: make it stable.
            foreach (var property in SourceOrder.ByLocation(declaring.GetMembers().OfType<IPropertySymbol>()))
            {
                if (property.IsStatic || property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public
                    || property.Name == "EqualityContract" || property.GetMethod is null || !seen.Add(property.Name))
                {
                    continue;
                }

                var settable = property.SetMethod is { DeclaredAccessibility: Accessibility.Public };
                if (settable || parameters.ContainsKey(property.Name))
                {
                    yield return property;
                }
            }
        }
    }

    // Two declarations with parameter lists are an error (CS8863); the one first in source order is used until it is fixed.
    private static IMethodSymbol? PrimaryConstructor(INamedTypeSymbol type)
        => SourceOrder.ByLocation(type.InstanceConstructors).FirstOrDefault(c =>
            c.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is RecordDeclarationSyntax { ParameterList: not null }));

    private static bool HasInitializer(IPropertySymbol property)
        => property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is PropertyDeclarationSyntax { Initializer: not null });
}
