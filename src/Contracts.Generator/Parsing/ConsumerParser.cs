using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

using Contracts.Schema;

namespace Contracts.Generator.Parsing;

/// <summary>
/// Finds <c>IConsumer&lt;T&gt;</c> implementations. The predicate is purely syntactic (a class with a base list), so the
/// semantic transform runs only for the few declarations that could be consumers.
/// </summary>
internal static class ConsumerParser
{
    public static bool IsCandidate(SyntaxNode node, CancellationToken cancellationToken)
        => node is ClassDeclarationSyntax { BaseList: not null } or RecordDeclarationSyntax { BaseList: not null, ClassOrStructKeyword.RawKind: 0 };

    public static ConsumerParseResult Parse(GeneratorSyntaxContext context, CancellationToken cancellationToken)
    {
        var declaration = (TypeDeclarationSyntax)context.Node;
        if (context.SemanticModel.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type
            || type.IsAbstract || type.IsGenericType || CompilerReported.IsBrokenDeclaration(type))
        {
            return Empty;
        }

        // Sorted: AllInterfaces follows the order of the declarations, which follows the order of the files.
        var consumed = type.AllInterfaces.Where(i => SymbolNames.Is(i, KnownTypes.ConsumerInterface))
            .OrderBy(i => SymbolNames.FullyQualified(i), System.StringComparer.Ordinal).ToList();
        if (consumed.Count == 0)
        {
            return Empty;
        }

        // A partial consumer is seen once per declaration: only the first declaration with a base list (in source order,
        // so the same one whatever the order of the files) reports and emits.
        if (SourceOrder.Declarations(type).FirstOrDefault(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax { BaseList: not null })?.GetSyntax(cancellationToken) != declaration)
        {
            return Empty;
        }

        var diagnostics = new List<DiagnosticInfo>();
        var messages = new List<MessageRef>();
        var usages = new List<MessageUsage>();
        foreach (var consumer in consumed)
        {
            var location = BaseTypeLocation(context.SemanticModel, declaration, consumer, cancellationToken) ?? declaration.Identifier.GetLocation();
            var reference = MessageReferences.Resolve(consumer.TypeArguments[0], type.ContainingAssembly, type.Name, location, Diagnose.ConsumedTypeNotMessage, diagnostics);
            if (reference is not null && !messages.Contains(reference))
            {
                messages.Add(reference);
                usages.Add(new MessageUsage(reference, Publishes: false, LocationInfo.From(location)));
            }
        }

        var spec = messages.Count > 0 ? new ConsumerSpec(SymbolNames.FullyQualified(type), messages.ToEquatableArray()) : null;
        return new ConsumerParseResult(spec, diagnostics.ToEquatableArray(), usages.ToEquatableArray());
    }

    private static readonly ConsumerParseResult Empty = new(null, EquatableArray<DiagnosticInfo>.Empty);

    private static Location? BaseTypeLocation(SemanticModel model, TypeDeclarationSyntax declaration, INamedTypeSymbol consumer, CancellationToken cancellationToken)
    {
        foreach (var baseType in declaration.BaseList!.Types)
        {
            if (SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(baseType.Type, cancellationToken).Type, consumer))
            {
                return baseType.Type is GenericNameSyntax { TypeArgumentList.Arguments.Count: 1 } generic
                    ? generic.TypeArgumentList.Arguments[0].GetLocation()
                    : baseType.GetLocation();
            }
        }

        return null;
    }
}
