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

    private static readonly NodeRewrite Fix = new("Contracts.ReplaceType", Target);

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnsupportedMemberType.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => Fix.FixAll();

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context) => Fix.RegisterAsync(context);

    private static RewriteTarget? Target(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Culprit(root, model, diagnostic, cancellationToken) is { } culprit
            ? new RewriteTarget(
                culprit.Written,
                string.Format(CultureInfo.InvariantCulture, Title, culprit.Written.ToString(), culprit.Suggested),
                node => Replacement((TypeSyntax)node, culprit.Suggested))
            : null;

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
