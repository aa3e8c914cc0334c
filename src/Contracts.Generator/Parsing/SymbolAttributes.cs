using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Contracts.Generator.Parsing;

/// <summary>The one way the parsers look up an attribute on a symbol.</summary>
internal static class SymbolAttributes
{
    /// <summary>The attributes of class <paramref name="metadataName"/> applied to <paramref name="symbol"/>.</summary>
    /// <remarks>
    /// A source symbol whose every declaration is written without attributes is not asked for them: asking binds them,
    /// on every keystroke, for every record, enum and member a message reaches, and can only answer "none".
    /// </remarks>
    public static IEnumerable<AttributeData> Of(ISymbol symbol, string metadataName)
        => MayHaveAttributes(symbol)
            ? symbol.GetAttributes().Where(attribute => SymbolNames.Is(attribute.AttributeClass, metadataName))
            : Enumerable.Empty<AttributeData>();

    // Parameters and synthesized members always say true: their attributes may be written elsewhere.
    private static bool MayHaveAttributes(ISymbol symbol)
    {
        var references = symbol.DeclaringSyntaxReferences;
        if (references.Length == 0)
        {
            return true;
        }

        foreach (var reference in references)
        {
            if (reference.GetSyntax() is not MemberDeclarationSyntax { AttributeLists.Count: 0 })
            {
                return true;
            }
        }

        return false;
    }
}
