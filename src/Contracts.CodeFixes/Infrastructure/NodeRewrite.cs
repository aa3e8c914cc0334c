using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Contracts.CodeFixes.Infrastructure;

/// <summary>What a fix changes for one diagnostic: a node of the diagnostic's document, and how it is rewritten.</summary>
/// <param name="Node">The node as it is.</param>
/// <param name="Title">The fix's title for this node.</param>
/// <param name="Rewrite">The node (possibly with its descendants already rewritten) as the fix writes it.</param>
internal sealed record RewriteTarget(SyntaxNode Node, string Title, Func<SyntaxNode, SyntaxNode> Rewrite);

/// <summary>
/// A fix that rewrites one node of the diagnostic's own document per diagnostic, and as Fix All every such node of a
/// document at once (a node two diagnostics point at is rewritten once).
/// </summary>
internal sealed class NodeRewrite(string equivalenceKey, NodeRewrite.Finder find)
{
    /// <summary>The node a diagnostic asks to change, or null when this fix does not apply to it.</summary>
    public delegate RewriteTarget? Finder(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken);

    /// <summary>Registers the fix for every diagnostic of <paramref name="context"/> it applies to.</summary>
    public async Task RegisterAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (find(root, model, diagnostic, context.CancellationToken) is { } target)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(target.Title, _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(target.Node, target.Rewrite(target.Node)))), equivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>Fix All: in each document, every node its diagnostics ask to change.</summary>
    public FixAllProvider FixAll() => FixAllProvider.Create(FixAllAsync);

    private async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return null;
        }

        var targets = new Dictionary<SyntaxNode, RewriteTarget>();
        foreach (var diagnostic in diagnostics)
        {
            if (find(root, model, diagnostic, context.CancellationToken) is { } target && !targets.ContainsKey(target.Node))
            {
                targets.Add(target.Node, target);
            }
        }

        return document.WithSyntaxRoot(root.ReplaceNodes(targets.Keys, (original, current) => targets[original].Rewrite(current)));
    }
}
