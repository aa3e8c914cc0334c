using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Parsing;

/// <summary>
/// A stable order for what Roslyn returns in syntax-tree order (the declarations of a partial type, its attributes):
/// by file path, then position. The IDE and the command-line build may hand the compiler the same files in different
/// orders, so "the first declaration" must mean the same one in both, or their outputs would differ.
/// </summary>
internal static class SourceOrder
{
    public static IEnumerable<SyntaxReference> Declarations(ISymbol symbol)
        => symbol.DeclaringSyntaxReferences.Length < 2
            ? symbol.DeclaringSyntaxReferences
            : symbol.DeclaringSyntaxReferences.OrderBy(r => r.SyntaxTree.FilePath, System.StringComparer.Ordinal).ThenBy(r => r.Span.Start);

    /// <summary>The declaration that comes first in this order, or null for a symbol from metadata.</summary>
    public static SyntaxNode? FirstDeclaration(ISymbol symbol, CancellationToken cancellationToken = default)
        => Declarations(symbol).FirstOrDefault()?.GetSyntax(cancellationToken);

    /// <summary>Attributes ordered by where they are written; attributes from metadata keep their order, after them.</summary>
    public static IEnumerable<AttributeData> Attributes(IEnumerable<AttributeData> attributes)
        => attributes
            .Select((attribute, index) => (attribute, index))
            .OrderBy(a => a.attribute.ApplicationSyntaxReference?.SyntaxTree.FilePath ?? "\uffff", System.StringComparer.Ordinal)
            .ThenBy(a => a.attribute.ApplicationSyntaxReference?.Span.Start ?? a.index)
            .Select(a => a.attribute);

    /// <summary>Symbols ordered by their first source location; symbols without one keep their order, after them.</summary>
    public static IEnumerable<T> ByLocation<T>(IEnumerable<T> symbols) where T : ISymbol
        => symbols
            .Select((symbol, index) => (symbol, index, location: symbol.Locations.FirstOrDefault(l => l.IsInSource)))
            .OrderBy(s => s.location?.SourceTree?.FilePath ?? "\uffff", System.StringComparer.Ordinal)
            .ThenBy(s => s.location?.SourceSpan.Start ?? s.index)
            .Select(s => s.symbol);
}
