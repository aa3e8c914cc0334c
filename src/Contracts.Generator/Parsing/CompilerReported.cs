using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Contracts.Generator.Parsing;

/// <summary>
/// Declarations the compiler cannot bind and already reports an error for: a name error recovery left empty, a type
/// written twice, a type that does not resolve, an attribute with a missing argument. The generator emits nothing for
/// them and says nothing about them: its own diagnostic would only repeat the compiler's, and code generated from a
/// half-typed declaration may not even parse. This is what a person sees on every keystroke on the way to valid code.
/// </summary>
internal static class CompilerReported
{
    /// <summary>True when <paramref name="name"/> cannot be a C# identifier (error recovery leaves it empty).</summary>
    public static bool IsBadName(string name) => !SyntaxFacts.IsValidIdentifier(name);

    /// <summary>
    /// The type's own declaration is broken: a bad name (its own, a containing type's or a namespace's), or the type is
    /// declared twice (CS0101, CS0260: two declarations that are not all partial, or two symbols of one name).
    /// </summary>
    public static bool IsBrokenDeclaration(INamedTypeSymbol type)
    {
        for (var outer = type; outer is not null; outer = outer.ContainingType)
        {
            if (IsBadName(outer.Name) || IsDeclaredTwice(outer))
            {
                return true;
            }
        }

        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (IsBadName(ns.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Any part of the type (element, type argument, nullable underlying type) is an error type (CS0246...).</summary>
    public static bool ContainsErrorType(ITypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Error } => true,
        IArrayTypeSymbol array => ContainsErrorType(array.ElementType),
        INamedTypeSymbol { IsGenericType: true } named => named.TypeArguments.Any(ContainsErrorType),
        _ => false,
    };

    /// <summary>
    /// The attribute did not bind to a constructor, an argument is an error (a missing expression), or its syntax has
    /// parse errors: the compiler reports each, and the values read from it would be guesses.
    /// </summary>
    public static bool IsBrokenAttribute(AttributeData attribute, CancellationToken cancellationToken)
        => attribute.AttributeConstructor is null
           || attribute.AttributeClass is null or { TypeKind: TypeKind.Error }
           || attribute.ConstructorArguments.Any(argument => argument.Kind == TypedConstantKind.Error)
           || attribute.NamedArguments.Any(argument => argument.Value.Kind == TypedConstantKind.Error)
           || attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is { ContainsDiagnostics: true };

    /// <summary>A member declaration (parameter or property) whose syntax has parse errors.</summary>
    public static bool IsBrokenSyntax(SyntaxNode? declaration) => declaration is { ContainsDiagnostics: true };

    private static bool IsDeclaredTwice(INamedTypeSymbol type)
    {
        var references = type.DeclaringSyntaxReferences;
        if (references.Length > 1 && !references.All(r => r.GetSyntax() is TypeDeclarationSyntax d && d.Modifiers.Any(SyntaxKind.PartialKeyword)))
        {
            return true;
        }

        // Two declarations of different kinds (a class and a record of one name) are two symbols.
        return references.Length > 0 && type.ContainingSymbol is INamespaceOrTypeSymbol container
            && container.GetTypeMembers(type.Name, type.Arity).Length > 1;
    }
}
