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

namespace Contracts.CodeFixes.Optional;

/// <summary>
/// CTR0110: the project's view of a message requires a member the producer does not always send (or may send as
/// null). The fix makes that member optional the way the generator reads it: a nullable type, no <c>required</c>,
/// and <c>= null</c> on a record parameter when every parameter after it has a default. Only for a top-level member
/// of the view: a nested record's member is reported at the message's member that holds it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeOptionalCodeFix)), Shared]
public sealed class MakeOptionalCodeFix : CodeFixProvider
{
    /// <summary>The title, with the member's C# name for <c>{0}</c>.</summary>
    public const string Title = "Make '{0}' optional";

    // The rules a nullable, non-required reader member satisfies.
    private static readonly ImmutableHashSet<string> Rules = ImmutableHashSet.Create(
        RuleIds.RequiredFieldAdded, RuleIds.FieldRemoved, RuleIds.OptionalMadeRequired, RuleIds.RequiredMadeOptional, RuleIds.NullabilityChanged);

    private static readonly MemberRewrite Fix = new("Contracts.MakeOptional", FindAsync, (_, _, current) => Optional(current));

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.ConsumerCannotRead.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => Fix.FixAll();

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => Fix.RegisterAsync(context, (member, _) => string.Format(CultureInfo.InvariantCulture, Title, member.Member.Name));

    private static async Task<DiagnosedMember?> FindAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var wireName = diagnostic.Property(FindingProperties.Member);
        var topLevel = wireName is not null && diagnostic.Property(FindingProperties.Path) == JsonPath.Member("$", wireName);
        if (!topLevel || diagnostic.Property(FindingProperties.Rule) is not { } rule || !Rules.Contains(rule))
        {
            return null;
        }

        var member = await DiagnosedMember.FindAsync(document, diagnostic, wireName, cancellationToken).ConfigureAwait(false);
        return member is not null && !IsOptional(member.Member.Declaration) ? member : null;
    }

    private static bool IsOptional(SyntaxNode declaration) => declaration switch
    {
        ParameterSyntax parameter => parameter.Type is NullableTypeSyntax,
        PropertyDeclarationSyntax property => property.Type is NullableTypeSyntax && !property.Modifiers.Any(SyntaxKind.RequiredKeyword),
        _ => true,
    };

    private static SyntaxNode Optional(SyntaxNode declaration) => declaration switch
    {
        ParameterSyntax parameter => OptionalParameter(parameter),
        PropertyDeclarationSyntax property => property
            .WithModifiers(SyntaxFactory.TokenList(property.Modifiers.Where(m => !m.IsKind(SyntaxKind.RequiredKeyword))))
            .WithType(Nullable(property.Type)),
        _ => declaration,
    };

    private static ParameterSyntax OptionalParameter(ParameterSyntax parameter)
    {
        var nullable = parameter.WithType(Nullable(parameter.Type!));
        var later = parameter.Parent is ParameterListSyntax list ? list.Parameters.Skip(list.Parameters.IndexOf(parameter) + 1) : Enumerable.Empty<ParameterSyntax>();
        if (parameter.Default is not null || later.Any(p => p.Default is null))
        {
            // A default before a parameter without one does not compile; the nullable type alone makes it optional.
            return nullable;
        }

        return nullable
            .WithIdentifier(nullable.Identifier.WithTrailingTrivia(SyntaxFactory.Space))
            .WithDefault(SyntaxFactory.EqualsValueClause(
                SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space),
                SyntaxFactory.LiteralExpression(SyntaxKind.NullLiteralExpression).WithTrailingTrivia(parameter.Identifier.TrailingTrivia)));
    }

    private static TypeSyntax Nullable(TypeSyntax type)
        => type is NullableTypeSyntax ? type : SyntaxFactory.NullableType(type.WithoutTrailingTrivia()).WithTriviaFrom(type);
}
