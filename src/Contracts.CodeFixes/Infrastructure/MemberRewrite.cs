using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Contracts.CodeFixes.Infrastructure;

/// <summary>
/// A fix that rewrites one member's declaration per diagnostic, wherever the message is declared, and as Fix All every
/// such member of a document at once (a member reported twice, for two producers, is rewritten once).
/// </summary>
internal sealed class MemberRewrite(string equivalenceKey, MemberRewrite.Finder find, MemberRewrite.Rewriter rewrite)
{
    /// <summary>The member a diagnostic asks to change, or null when this fix does not apply to it.</summary>
    public delegate Task<DiagnosedMember?> Finder(Document document, Diagnostic diagnostic, CancellationToken cancellationToken);

    /// <summary>The member's declaration (<paramref name="current"/>, possibly already rewritten) as the fix writes it.</summary>
    public delegate SyntaxNode Rewriter(DiagnosedMember member, Diagnostic diagnostic, SyntaxNode current);

    /// <summary>Registers the fix, titled by <paramref name="title"/>, for every diagnostic of <paramref name="context"/> it applies to.</summary>
    public async Task RegisterAsync(CodeFixContext context, System.Func<DiagnosedMember, Diagnostic, string> title)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (await find(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is { } member)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(title(member, diagnostic), ct => ApplyAsync(member, diagnostic, ct), equivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>Fix All: in each document, the members declared there that its diagnostics ask to change.</summary>
    public FixAllProvider FixAll() => FixAllProvider.Create(FixAllAsync);

    private async Task<Solution> ApplyAsync(DiagnosedMember member, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var document = member.Message.Document;
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var declaration = member.Member.Declaration;
        return root is null ? document.Project.Solution : document.WithSyntaxRoot(root.ReplaceNode(declaration, rewrite(member, diagnostic, declaration))).Project.Solution;
    }

    private async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var targets = new Dictionary<SyntaxNode, (DiagnosedMember Member, Diagnostic Diagnostic)>();
        foreach (var diagnostic in diagnostics)
        {
            if (await find(document, diagnostic, context.CancellationToken).ConfigureAwait(false) is { } member
                && member.Message.Document.Id == document.Id && !targets.ContainsKey(member.Member.Declaration))
            {
                targets.Add(member.Member.Declaration, (member, diagnostic));
            }
        }

        return root is null || targets.Count == 0
            ? document
            : document.WithSyntaxRoot(root.ReplaceNodes(targets.Keys, (original, current) => rewrite(targets[original].Member, targets[original].Diagnostic, current)));
    }
}
