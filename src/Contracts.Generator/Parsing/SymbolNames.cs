using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Parsing;

/// <summary>How symbols are turned into the text that specs hold.</summary>
internal static class SymbolNames
{
    /// <summary><c>global::</c>-qualified, with <c>?</c> on nullable reference types.</summary>
    public static readonly SymbolDisplayFormat FullyQualifiedNullable = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static string FullyQualified(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);

    public static string FullyQualifiedWithNullability(ITypeSymbol type) => type.ToDisplayString(FullyQualifiedNullable);

    /// <summary>The short C# name users recognise in messages (<c>List&lt;string&gt;</c>, <c>OrderLine</c>).</summary>
    public static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

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
