using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Contracts.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Text;

namespace Contracts.CodeFixes.Infrastructure;

/// <summary>A message's record as the user wrote it: the type, its document and its declaration with <c>[Message]</c>.</summary>
internal sealed record MessageDeclaration(INamedTypeSymbol Type, Document Document, TypeDeclarationSyntax Syntax, AttributeSyntax Attribute);

/// <summary>
/// Finds the message a diagnostic is about. The gates report at a member, at the message's declaration, or, for a
/// message declared in a referenced project, where this project uses it (<c>[Publishes&lt;T&gt;]</c>, <c>IConsumer&lt;T&gt;</c>).
/// </summary>
internal static class MessageDeclarations
{
    /// <summary>The declaration of the message at or around <paramref name="span"/>, in whichever project of the solution declares it.</summary>
    public static async Task<MessageDeclaration?> FindAsync(Document document, TextSpan span, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || span.End > root.FullSpan.End)
        {
            return null;
        }

        var type = root.FindNode(span, getInnermostNodeForTie: true).AncestorsAndSelf()
            .Select(node => Message(node, model, cancellationToken))
            .FirstOrDefault(found => found is not null);
        return type is null ? null : await DeclarationAsync(type, document.Project.Solution, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The declaration that carries <c>[Message]</c>, in a document of <paramref name="solution"/>.</summary>
    public static async Task<MessageDeclaration?> DeclarationAsync(INamedTypeSymbol type, Solution solution, CancellationToken cancellationToken)
    {
        var source = await SymbolFinder.FindSourceDefinitionAsync(type, solution, cancellationToken).ConfigureAwait(false) as INamedTypeSymbol ?? type;
        foreach (var reference in source.DeclaringSyntaxReferences)
        {
            if (solution.GetDocument(reference.SyntaxTree) is not { } document
                || await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not TypeDeclarationSyntax declaration
                || await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
            {
                continue;
            }

            var attribute = declaration.AttributeLists.SelectMany(list => list.Attributes)
                .FirstOrDefault(a => SymbolNames.Is(model.GetTypeInfo(a, cancellationToken).Type, KnownTypes.MessageAttribute));
            if (attribute is not null)
            {
                return new MessageDeclaration(source, document, declaration, attribute);
            }
        }

        return null;
    }

    private static INamedTypeSymbol? Message(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
    {
        var symbol = node switch
        {
            BaseTypeDeclarationSyntax declaration => model.GetDeclaredSymbol(declaration, cancellationToken),
            // A usage: the type argument of [Publishes<T>] or IConsumer<T>, never a member's own type.
            TypeSyntax { Parent: TypeArgumentListSyntax } type => model.GetTypeInfo(type, cancellationToken).Type,
            _ => null,
        };
        return symbol is INamedTypeSymbol named && MessageAttributeReader.Find(named) is not null ? named : null;
    }
}
