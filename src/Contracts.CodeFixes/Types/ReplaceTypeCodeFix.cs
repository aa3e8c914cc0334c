using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Contracts.CodeFixes.Infrastructure;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace Contracts.CodeFixes.Types;

/// <summary>
/// CTR0002: replaces the unsupported type with the one the message names (the <c>SuggestedType</c> property). The
/// diagnostic is at the member's whole type, but the suggestion may be about a part of it (<c>DateTime</c> inside
/// <c>IReadOnlyList&lt;DateTime&gt;?</c>): the part replaced is the innermost one the generator's own classifier
/// makes that suggestion for, so everything around it (the list, the <c>?</c>) stays. Not offered when the
/// suggestion is advice rather than a type ("a partial record that declares...").
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceTypeCodeFix)), Shared]
public sealed class ReplaceTypeCodeFix : CodeFixProvider
{
    /// <summary>The title, with the type written for <c>{0}</c> and its replacement for <c>{1}</c>.</summary>
    public const string Title = "Use '{1}' instead of '{0}'";

    private const string EquivalenceKey = "Contracts.ReplaceType";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnsupportedMemberType.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is not null && model is not null && Culprit(root, model, diagnostic, context.CancellationToken) is { } culprit)
            {
                var title = string.Format(CultureInfo.InvariantCulture, Title, culprit.Written.ToString(), culprit.Suggested);
                context.RegisterCodeFix(
                    CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(culprit.Written, Replacement(culprit.Written, culprit.Suggested)))), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return null;
        }

        var culprits = diagnostics.Select(d => Culprit(root, model, d, context.CancellationToken)).OfType<(TypeSyntax Written, string Suggested)>()
            .GroupBy(c => c.Written).ToDictionary(g => g.Key, g => g.First().Suggested);
        return document.WithSyntaxRoot(root.ReplaceNodes(culprits.Keys, (original, current) => Replacement(current, culprits[original])));
    }

    /// <summary>The part of the member's type to replace, and with what; null when there is no single type to write.</summary>
    private static (TypeSyntax Written, string Suggested)? Culprit(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (diagnostic.Property(DiagnosticProperties.SuggestedType) is not { } suggested
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: false) is not TypeSyntax written)
        {
            return null;
        }

        var classifier = new TypeClassifier(model.Compilation.Assembly);
        var culprit = written.DescendantNodesAndSelf().OfType<TypeSyntax>().Reverse().FirstOrDefault(part =>
            model.GetTypeInfo(part, cancellationToken).Type is { } type
            && classifier.Classify(type) is { Spec: null, Suggestion: { } suggestion }
            && DiagnosticProperties.SuggestedTypeIn(suggestion) == suggested);
        return culprit is null ? null : (culprit, suggested);
    }

    private static TypeSyntax Replacement(TypeSyntax written, string suggested)
        => SyntaxFactory.ParseTypeName(suggested).WithTriviaFrom(written).WithAdditionalAnnotations(Formatter.Annotation);
}
