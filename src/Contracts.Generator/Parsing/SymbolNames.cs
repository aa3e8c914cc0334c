using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Contracts.Generator.Parsing;

/// <summary>How symbols are turned into the text that specs hold.</summary>
internal static class SymbolNames
{
    /// <summary><c>global::</c>-qualified, with <c>?</c> on nullable reference types.</summary>
    public static readonly SymbolDisplayFormat FullyQualifiedNullable = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static string FullyQualified(ITypeSymbol type) => Display(type, SymbolDisplayFormat.FullyQualifiedFormat);

    public static string FullyQualifiedWithNullability(ITypeSymbol type) => Display(type, FullyQualifiedNullable);

    // Names run on every keystroke for every message, and a name with a keyword in it is rare: the display string as
    // Roslyn writes it unless some name in the type (its containers, its type arguments) is a keyword.
    private static string Display(ITypeSymbol type, SymbolDisplayFormat format)
        => HasKeywordName(type) ? Escaped(type.ToDisplayParts(format)) : type.ToDisplayString(format);

    private static bool HasKeywordName(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => HasKeywordName(array.ElementType),
        INamedTypeSymbol named => IsKeyword(named.Name) || HasKeywordContainer(named.ContainingSymbol) || named.TypeArguments.Any(HasKeywordName),
        ITypeParameterSymbol parameter => IsKeyword(parameter.Name),
        _ => true,
    };

    private static bool HasKeywordContainer(ISymbol? symbol)
    {
        for (; symbol is INamedTypeSymbol or INamespaceSymbol { IsGlobalNamespace: false }; symbol = symbol.ContainingSymbol)
        {
            if (IsKeyword(symbol.Name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsKeyword(string name)
        => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None;

    /// <summary>
    /// The display text with every name that is a keyword escaped. The display format's own escaping misses some (a
    /// nested type called <c>struct</c> shows as <c>Outer.struct</c>), and generated code must parse whatever the names.
    /// </summary>
    private static string Escaped(System.Collections.Immutable.ImmutableArray<SymbolDisplayPart> parts)
    {
        var text = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            var name = part.ToString();
            text.Append(IsName(part.Kind) && !name.StartsWith("@", System.StringComparison.Ordinal) ? CSharp(name) : name);
        }

        return text.ToString();
    }

    private static bool IsName(SymbolDisplayPartKind kind) => kind is SymbolDisplayPartKind.ClassName or SymbolDisplayPartKind.StructName
        or SymbolDisplayPartKind.EnumName or SymbolDisplayPartKind.InterfaceName or SymbolDisplayPartKind.NamespaceName
        or SymbolDisplayPartKind.DelegateName or SymbolDisplayPartKind.TypeParameterName or SymbolDisplayPartKind.ErrorTypeName
        or SymbolDisplayPartKind.RecordClassName or SymbolDisplayPartKind.RecordStructName;

    /// <summary>The short C# name users recognise in messages (<c>List&lt;string&gt;</c>, <c>OrderLine</c>).</summary>
    public static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    /// <summary>
    /// <paramref name="name"/> as an identifier in C# source, which is how specs hold names for the emitters: keywords
    /// (contextual ones too) get the verbatim prefix, so a member declared <c>@class</c> is written <c>value.@class</c>.
    /// </summary>
    public static string CSharp(string name) => IsKeyword(name) ? "@" + name : name;

    /// <summary>True when <paramref name="type"/> is the named type with the given metadata name.</summary>
    public static bool Is(ITypeSymbol? type, string metadataName)
    {
        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        var definition = named.OriginalDefinition;
        var ns = definition.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        var name = definition.MetadataName;
        return (ns.Length == 0 ? name : ns + "." + name) == metadataName;
    }
}
