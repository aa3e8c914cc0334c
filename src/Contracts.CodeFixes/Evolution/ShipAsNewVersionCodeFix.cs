using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Contracts.CodeFixes.Infrastructure;
using Contracts.Generator.Diagnostics;
using Contracts.Schema;
using Contracts.Schema.Gates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.FindSymbols;

namespace Contracts.CodeFixes.Evolution;

/// <summary>
/// CTR0100 on a message the project publishes: "ship it as a new version". The edited record moves on as the next
/// version (<c>OrderPlacedV2</c>, <c>[Message(..., Version = 2)]</c>); the record of the reported version is written
/// back as the lock holds it (<see cref="LockedRecord"/>), so consumers of it keep working; every
/// <c>[Publishes&lt;OrderPlaced&gt;]</c> gains <c>[Publishes&lt;OrderPlacedV2&gt;]</c>. One fix per message, whatever
/// the number of its breaking changes; no Fix All, since each new version is a decision of its own.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ShipAsNewVersionCodeFix)), Shared]
public sealed class ShipAsNewVersionCodeFix : CodeFixProvider
{
    /// <summary>The title, with the version for <c>{0}</c> and the new record's name for <c>{1}</c>.</summary>
    public const string Title = "Ship as a new version: version {0} as '{1}', the locked one kept";

    private static readonly Regex VersionSuffix = new("V[0-9]+$", RegexOptions.CultureInvariant);

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.BreakingChange.Id);

    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var group in context.Diagnostics.GroupBy(d => (d.Property(FindingProperties.MessageName), d.Property(FindingProperties.MessageVersion))))
        {
            var diagnostic = group.First();
            if (await PlanAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false) is { } plan)
            {
                var title = string.Format(CultureInfo.InvariantCulture, Title, plan.Version, plan.NewName);
                context.RegisterCodeFix(CodeAction.Create(title, ct => ApplyAsync(plan, ct), "Contracts.ShipAsNewVersion." + plan.NewName), group.ToImmutableArray());
            }
        }
    }

    private sealed record Plan(MessageDeclaration Message, TypeDeclarationSyntax Locked, string NewName, int Version);

    private static async Task<Plan?> PlanAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (diagnostic.Property(FindingProperties.MessageName) is not { } name
            || !int.TryParse(diagnostic.Property(FindingProperties.MessageVersion), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            || !int.TryParse(diagnostic.Property(FindingProperties.NextVersion), NumberStyles.None, CultureInfo.InvariantCulture, out var next)
            || await MessageDeclarations.FindAsync(document, diagnostic.Location.SourceSpan, cancellationToken).ConfigureAwait(false) is not { } message
            || await message.Document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model
            || await LockedSchemaAsync(message.Document.Project, name, version, cancellationToken).ConfigureAwait(false) is not { } locked
            || LockedRecord.Write(locked, message, model, cancellationToken) is not { } lockedRecord)
        {
            return null;
        }

        var newName = VersionSuffix.Replace(message.Syntax.Identifier.ValueText, string.Empty) + "V" + next.ToString(CultureInfo.InvariantCulture);
        return model.Compilation.GetSymbolsWithName(newName, SymbolFilter.Type).Any() ? null : new Plan(message, lockedRecord, newName, next);
    }

    /// <summary>The version as the project's lock holds it, when the project publishes it.</summary>
    private static async Task<ContractSchema?> LockedSchemaAsync(Project project, string name, int version, CancellationToken cancellationToken)
    {
        if (ProjectLock.Find(project) is not { } lockDocument)
        {
            return null;
        }

        var text = await lockDocument.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var manifest = Contracts.Schema.Manifest.ManifestReader.Read(lockDocument.FilePath ?? string.Empty, text.ToString()).Manifest;
        return manifest?.Messages.FirstOrDefault(m => m.Role == MessageRole.Publishes && m.Schema.Name == name && m.Schema.Version == version)?.Schema;
    }

    private static async Task<Solution> ApplyAsync(Plan plan, CancellationToken cancellationToken)
    {
        var message = plan.Message;
        var solution = message.Document.Project.Solution;
        var editor = new SolutionEditor(solution);
        var publishers = await SymbolFinder.FindReferencesAsync(message.Type, solution, cancellationToken).ConfigureAwait(false);
        foreach (var location in publishers.SelectMany(r => r.Locations).Where(l => !l.IsImplicit))
        {
            var root = await location.Document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root?.FindNode(location.Location.SourceSpan).FirstAncestorOrSelf<AttributeSyntax>() is { } attribute && IsPublishes(attribute))
            {
                var documentEditor = await editor.GetDocumentEditorAsync(location.Document.Id, cancellationToken).ConfigureAwait(false);
                documentEditor.InsertAfter(attribute.Parent!, Publishes(attribute, plan.NewName));
            }
        }

        var messageEditor = await editor.GetDocumentEditorAsync(message.Document.Id, cancellationToken).ConfigureAwait(false);
        messageEditor.InsertAfter(message.Syntax, NextVersion(message, plan));
        messageEditor.ReplaceNode(message.Syntax, plan.Locked.WithLeadingTrivia(message.Syntax.GetLeadingTrivia()).WithTrailingTrivia(message.Syntax.GetTrailingTrivia()));
        return editor.GetChangedSolution();
    }

    /// <summary>The edited record as the next version: renamed, its <c>[Message]</c> carrying the new version.</summary>
    private static TypeDeclarationSyntax NextVersion(MessageDeclaration message, Plan plan)
    {
        var version = SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(plan.Version));
        var arguments = message.Attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        var named = arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Version");
        var attribute = message.Attribute.WithArgumentList(named is not null
            ? arguments.ReplaceNode(named, named.WithExpression(version))
            : arguments.AddArguments(SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals("Version"), null, version)));
        var renamed = message.Syntax.ReplaceNode(message.Attribute, attribute);
        return renamed.WithIdentifier(SyntaxFactory.Identifier(plan.NewName).WithTriviaFrom(renamed.Identifier));
    }

    private static bool IsPublishes(AttributeSyntax attribute)
        => attribute.Name is GenericNameSyntax { Identifier.ValueText: "Publishes" or "PublishesAttribute", TypeArgumentList.Arguments.Count: 1 };

    private static AttributeListSyntax Publishes(AttributeSyntax attribute, string newName)
    {
        var generic = (GenericNameSyntax)attribute.Name;
        var list = (AttributeListSyntax)attribute.Parent!;
        var next = attribute.WithName(generic.WithTypeArgumentList(SyntaxFactory.TypeArgumentList(SyntaxFactory.SingletonSeparatedList<TypeSyntax>(SyntaxFactory.IdentifierName(newName)))));
        // On its own line below, indented alike: the leading trivia's last piece is the indentation, if any.
        var leading = list.GetLeadingTrivia();
        var indent = leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia) ? SyntaxFactory.TriviaList(leading.Last()) : SyntaxFactory.TriviaList();
        return SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(next)).WithLeadingTrivia(indent).WithTrailingTrivia(list.GetTrailingTrivia());
    }
}
