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
/// Finds <c>IConsumer&lt;T&gt;</c> and <c>IUpcast&lt;TOld, TNew&gt;</c> implementations. The predicate is purely syntactic (a class with a base list), so the
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
        var consumed = Implemented(type, KnownTypes.ConsumerInterface);
        var upcasts = Implemented(type, KnownTypes.UpcastInterface);
        if (consumed.Count + upcasts.Count == 0)
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
            var location = BaseTypeLocation(context.SemanticModel, declaration, consumer, 0, cancellationToken) ?? declaration.Identifier.GetLocation();
            var reference = MessageReferences.Resolve(consumer.TypeArguments[0], type.ContainingAssembly, type.Name, location, Diagnose.ConsumedTypeNotMessage, diagnostics);
            if (reference is not null && !messages.Contains(reference))
            {
                messages.Add(reference);
                usages.Add(new MessageUsage(reference, Publishes: false, LocationInfo.From(location)));
            }
        }

        var sites = upcasts.Select(u => Upcast(context.SemanticModel, declaration, type, u, diagnostics, cancellationToken)).OfType<UpcastSite>().Distinct().ToEquatableArray();
        var spec = messages.Count + sites.Count > 0 ? new ConsumerSpec(SymbolNames.FullyQualified(type), messages.ToEquatableArray(), sites.Select(s => s.Upcast).ToEquatableArray()) : null;
        return new ConsumerParseResult(spec, diagnostics.ToEquatableArray(), usages.ToEquatableArray(), sites);
    }

    private static List<INamedTypeSymbol> Implemented(INamedTypeSymbol type, string metadataName)
        => type.AllInterfaces.Where(i => SymbolNames.Is(i, metadataName)).OrderBy(i => SymbolNames.FullyQualified(i), System.StringComparer.Ordinal).ToList();

    /// <summary>One <c>IUpcast&lt;TOld, TNew&gt;</c>: both sides must be messages (CTR0021 at the one that is not).</summary>
    private static UpcastSite? Upcast(
        SemanticModel model, TypeDeclarationSyntax declaration, INamedTypeSymbol type, INamedTypeSymbol upcast, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var fromAt = BaseTypeLocation(model, declaration, upcast, 0, cancellationToken) ?? declaration.Identifier.GetLocation();
        var toAt = BaseTypeLocation(model, declaration, upcast, 1, cancellationToken) ?? declaration.Identifier.GetLocation();
        var from = MessageReferences.Resolve(upcast.TypeArguments[0], type.ContainingAssembly, type.Name, fromAt, Diagnose.UpcastTypeNotMessage, diagnostics);
        var to = MessageReferences.Resolve(upcast.TypeArguments[1], type.ContainingAssembly, type.Name, toAt, Diagnose.UpcastTypeNotMessage, diagnostics);
        if (from is null || to is null)
        {
            return null;
        }

        var whole = BaseTypeLocation(model, declaration, upcast, -1, cancellationToken) ?? declaration.Identifier.GetLocation();
        return new UpcastSite(new UpcastSpec(SymbolNames.FullyQualified(type), from, to), type.Name, LocationInfo.From(whole));
    }

    private static readonly ConsumerParseResult Empty = new(null, EquatableArray<DiagnosticInfo>.Empty);

    /// <summary>Where the base type <paramref name="implemented"/> is written: its type argument at <paramref name="argument"/>, or all of it (-1).</summary>
    private static Location? BaseTypeLocation(SemanticModel model, TypeDeclarationSyntax declaration, INamedTypeSymbol implemented, int argument, CancellationToken cancellationToken)
    {
        foreach (var baseType in declaration.BaseList!.Types)
        {
            if (SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(baseType.Type, cancellationToken).Type, implemented))
            {
                var arguments = (baseType.Type as GenericNameSyntax)?.TypeArgumentList.Arguments;
                return argument >= 0 && arguments is { } list && list.Count == implemented.TypeArguments.Length
                    ? list[argument].GetLocation()
                    : baseType.GetLocation();
            }
        }

        return null;
    }
}
