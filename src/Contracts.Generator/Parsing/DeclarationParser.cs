using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

using Contracts.Schema;

namespace Contracts.Generator.Parsing;

/// <summary>Reads what is needed to re-open a partial type, and reports what stops it from being re-opened.</summary>
internal static class DeclarationParser
{
    /// <summary>Names as C# spells them: a type or namespace called <c>@class</c> is written <c>@class</c>.</summary>
    private static readonly SymbolDisplayFormat NamespaceFormat = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    public static DeclarationSpec Describe(INamedTypeSymbol type)
    {
        var containing = new List<string>();
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            containing.Insert(0, Keyword(outer) + " " + SymbolNames.CSharp(outer.Name));
        }

        var ns = type.ContainingNamespace is { IsGlobalNamespace: false } n ? n.ToDisplayString(NamespaceFormat) : string.Empty;
        return new DeclarationSpec(ns, containing.ToEquatableArray(), Keyword(type), SymbolNames.CSharp(type.Name), SymbolNames.FullyQualified(type));
    }

    public static bool IsPartial(INamedTypeSymbol type)
        => type.DeclaringSyntaxReferences.Length > 0
           && type.DeclaringSyntaxReferences.All(reference =>
               reference.GetSyntax() is TypeDeclarationSyntax declaration
               && declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    /// <summary>The identifier of the first declaration (in <see cref="SourceOrder"/>): where "make it partial" errors point.</summary>
    public static Location? IdentifierLocation(INamedTypeSymbol type)
        => SourceOrder.FirstDeclaration(type) is BaseTypeDeclarationSyntax declaration
            ? declaration.Identifier.GetLocation()
            : type.Locations.FirstOrDefault();

    /// <summary>Reports every containing type that is not partial; true when none is missing.</summary>
    public static bool CheckContainingTypes(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
    {
        var ok = true;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            if (!IsPartial(outer))
            {
                diagnostics.Add(Diagnose.ContainingTypeNotPartial(IdentifierLocation(outer), type.Name, outer.Name));
                ok = false;
            }
        }

        return ok;
    }

    private static string Keyword(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };
}
