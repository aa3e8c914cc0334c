using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Contracts.CodeFixes.Infrastructure;
using Contracts.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Contracts.CodeFixes.Partial;

/// <summary>
/// CTR0001, CTR0009, CTR0011 and CTR0015: adds <c>partial</c> to the declaration the diagnostic points at, which is
/// the one that must change: the message or publisher itself, the nested record a message uses (CTR0011), or the type
/// that contains a contract type (CTR0015). Fix All makes every such declaration partial at once.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartialCodeFix)), Shared]
public sealed class AddPartialCodeFix : CodeFixProvider
{
    /// <summary>The title, with the type's name for <c>{0}</c>.</summary>
    public const string Title = "Make '{0}' partial";

    private static readonly NodeRewrite Fix = new("Contracts.AddPartial", Target);

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.MessageNotPartial.Id,
        DiagnosticDescriptors.PublisherNotPartial.Id,
        DiagnosticDescriptors.NestedTypeNotPartial.Id,
        DiagnosticDescriptors.ContainingTypeNotPartial.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => Fix.FixAll();

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context) => Fix.RegisterAsync(context);

    private static RewriteTarget? Target(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        => DeclarationAt(root, diagnostic.Location.SourceSpan) is { } declaration
            ? new RewriteTarget(declaration, string.Format(CultureInfo.InvariantCulture, Title, declaration.Identifier.ValueText), node => WithPartial((TypeDeclarationSyntax)node))
            : null;

    /// <summary>The declaration whose name is at <paramref name="span"/>, when it is not partial yet.</summary>
    private static TypeDeclarationSyntax? DeclarationAt(SyntaxNode root, TextSpan span)
        => root.FindToken(span.Start).Parent?.AncestorsAndSelf().OfType<TypeDeclarationSyntax>()
            .FirstOrDefault(declaration => declaration.Identifier.Span == span && !declaration.Modifiers.Any(SyntaxKind.PartialKeyword));

    /// <summary>
    /// <c>partial</c> as the last modifier, where C# requires it (just before <c>class</c>, <c>record</c>...). With no
    /// modifiers it takes over the keyword's leading trivia, so indentation and comments stay where they were.
    /// </summary>
    private static TypeDeclarationSyntax WithPartial(TypeDeclarationSyntax declaration)
    {
        var partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        if (declaration.Modifiers.Count > 0)
        {
            return declaration.AddModifiers(partial);
        }

        var keyword = declaration.Keyword;
        return declaration
            .ReplaceToken(keyword, keyword.WithLeadingTrivia(SyntaxTriviaList.Empty))
            .WithModifiers(SyntaxFactory.TokenList(partial.WithLeadingTrivia(keyword.LeadingTrivia)));
    }
}
