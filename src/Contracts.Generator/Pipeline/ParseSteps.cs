using System.Threading;
using Contracts.Generator.Parsing;
using Contracts.Generator.Specs;
using Contracts.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Contracts.Generator;

/// <summary>The syntax providers' predicates and transforms: each parser, guarded, with what a failure yields.</summary>
internal static class ParseSteps
{
    public static bool IsTypeDeclaration(SyntaxNode node, CancellationToken cancellationToken) => node is TypeDeclarationSyntax;

    public static bool IsClassDeclaration(SyntaxNode node, CancellationToken cancellationToken) => node is ClassDeclarationSyntax;

    public static MessageParseResult Message(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        => Guard.Run(
            context.TargetSymbol.Name,
            LocationInfo.From(context.TargetNode),
            () => MessageParser.Parse(context, cancellationToken),
            failure => MessageParseResult.Failed(failure, context.TargetSymbol is ITypeSymbol type ? SymbolNames.FullyQualified(type) : context.TargetSymbol.ToDisplayString()));

    public static PublisherParseResult Publisher(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
        => Guard.Run(
            context.TargetSymbol.Name,
            LocationInfo.From(context.TargetNode),
            () => PublisherParser.Parse(context, cancellationToken),
            failure => new PublisherParseResult(null, new EquatableArray<DiagnosticInfo>(new[] { failure })));

    public static ConsumerParseResult Consumer(GeneratorSyntaxContext context, CancellationToken cancellationToken)
        => Guard.Run(
            (context.Node as BaseTypeDeclarationSyntax)?.Identifier.Text ?? "consumer",
            LocationInfo.From(context.Node),
            () => ConsumerParser.Parse(context, cancellationToken),
            failure => new ConsumerParseResult(null, new EquatableArray<DiagnosticInfo>(new[] { failure })));

    /// <summary>A type with a base list that consumes a message, or that got something to say.</summary>
    public static bool ConsumesOrReports(ConsumerParseResult result) => result.Consumer is not null || !result.Diagnostics.IsEmpty;
}
