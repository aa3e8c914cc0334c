using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Contracts.CodeFixes.Infrastructure;
using Contracts.Generator.Diagnostics;
using Contracts.Schema.Compatibility;
using Contracts.Schema.Gates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Contracts.CodeFixes.Evolution;

/// <summary>
/// CTR0100 with <c>WIRE_NAME_CHANGED</c>: a member was renamed in C# (a removal plus an addition of the same type).
/// The fix keeps the locked wire name on the renamed member, <c>[WireName("old")]</c>, so the C# name changes and the
/// wire does not; a <c>[WireName]</c> already there gets the old name back. The names come from the diagnostic's
/// properties. Only for a member of the message itself: a nested record's rename is at a path below it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(KeepWireNameCodeFix)), Shared]
public sealed class KeepWireNameCodeFix : CodeFixProvider
{
    /// <summary>The title, with the member's C# name for <c>{0}</c> and the old wire name for <c>{1}</c>.</summary>
    public const string Title = "Keep the wire name: [WireName(\"{1}\")] on '{0}'";

    private static readonly MemberRewrite Fix = new("Contracts.KeepWireName", FindAsync, (_, diagnostic, current) => Pinned(current, diagnostic.Property(FindingProperties.OldWireName)!));

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.BreakingChange.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => Fix.FixAll();

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => Fix.RegisterAsync(context, (member, diagnostic)
            => string.Format(CultureInfo.InvariantCulture, Title, member.Member.Name, diagnostic.Property(FindingProperties.OldWireName)));

    private static Task<DiagnosedMember?> FindAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var old = diagnostic.Property(FindingProperties.OldWireName);
        var renamed = diagnostic.Property(FindingProperties.NewWireName);
        var topLevel = old is not null && diagnostic.Property(FindingProperties.Path) == JsonPath.Member("$", old);
        return diagnostic.Property(FindingProperties.Rule) == RuleIds.WireNameChanged && topLevel && renamed is not null
            ? DiagnosedMember.FindAsync(document, diagnostic, renamed, cancellationToken)
            : Task.FromResult<DiagnosedMember?>(null);
    }

    private static SyntaxNode Pinned(SyntaxNode declaration, string wireName)
    {
        var argument = SyntaxFactory.AttributeArgumentList(SyntaxFactory.SingletonSeparatedList(
            SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(wireName)))));
        var existing = declaration.ChildNodes().OfType<AttributeListSyntax>().SelectMany(list => list.Attributes).FirstOrDefault(IsWireName);
        if (existing is not null)
        {
            return declaration.ReplaceNode(existing, existing.WithArgumentList(argument));
        }

        var attribute = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(
            SyntaxFactory.Attribute(SyntaxFactory.IdentifierName("WireName"), argument)));
        return declaration switch
        {
            ParameterSyntax parameter => parameter.WithAttributeLists(parameter.AttributeLists.Insert(0, attribute.WithTrailingTrivia(SyntaxFactory.Space))),
            PropertyDeclarationSyntax property => OnItsOwnLine(property, attribute),
            _ => declaration,
        };
    }

    // A property's attribute goes on the line above it, indented like it.
    private static PropertyDeclarationSyntax OnItsOwnLine(PropertyDeclarationSyntax property, AttributeListSyntax attribute)
    {
        var leading = property.GetLeadingTrivia();
        var indent = leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia) ? leading.Last() : SyntaxFactory.Whitespace(string.Empty);
        var lineBreak = property.GetFirstToken().GetPreviousToken().TrailingTrivia.FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var separator = SyntaxFactory.TriviaList(lineBreak.IsKind(SyntaxKind.EndOfLineTrivia) ? lineBreak : SyntaxFactory.EndOfLine("\n"), indent);
        var bare = property.WithoutLeadingTrivia();
        var first = bare.GetFirstToken();
        var rest = bare.ReplaceToken(first, first.WithLeadingTrivia(separator));
        return rest.WithAttributeLists(rest.AttributeLists.Insert(0, attribute.WithLeadingTrivia(leading)));
    }

    private static bool IsWireName(AttributeSyntax attribute)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };
        return name is "WireName" or "WireNameAttribute";
    }
}
