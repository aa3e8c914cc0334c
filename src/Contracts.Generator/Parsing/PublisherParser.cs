using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Specs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

using Contracts.Schema;

namespace Contracts.Generator.Parsing;

/// <summary>Turns a class with <c>[Publishes&lt;T&gt;]</c> attributes into a publisher spec and its diagnostics.</summary>
internal static class PublisherParser
{
    public static PublisherParseResult Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        if (CompilerReported.IsBrokenDeclaration(type))
        {
            return new PublisherParseResult(null, EquatableArray<DiagnosticInfo>.Empty);
        }

        var diagnostics = new List<DiagnosticInfo>();
        var location = DeclarationParser.IdentifierLocation(type);
        var ok = CheckDeclaration(type, location, diagnostics, cancellationToken);

        var messages = new List<MessageRef>();
        var usages = new List<MessageUsage>();
        // In source order, so that the methods and a duplicate's warning do not depend on the order of the files.
        foreach (var attribute in SourceOrder.Attributes(SymbolAttributes.Of(type, KnownTypes.PublishesAttribute)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (attribute.AttributeClass is not { TypeArguments.Length: 1 } || CompilerReported.IsBrokenAttribute(attribute, cancellationToken))
            {
                continue;
            }

            var published = attribute.AttributeClass.TypeArguments[0];
            var argumentLocation = TypeArgumentLocation(attribute, cancellationToken) ?? location;
            var reference = MessageReferences.Resolve(published, type.ContainingAssembly, type.Name, argumentLocation, Diagnose.PublishedTypeNotMessage, diagnostics);
            if (reference is null)
            {
                continue;
            }

            if (messages.Contains(reference))
            {
                diagnostics.Add(Diagnose.DuplicatePublishes(argumentLocation, type.Name, published.Name));
                continue;
            }

            messages.Add(reference);
            usages.Add(new MessageUsage(reference, Publishes: true, LocationInfo.From(argumentLocation)));
        }

        var spec = ok ? new PublisherSpec(DeclarationParser.Describe(type), messages.ToEquatableArray()) : null;
        return new PublisherParseResult(spec, diagnostics.ToEquatableArray(), usages.ToEquatableArray());
    }

    /// <summary>A publisher is a partial class without constructors (the generated one takes the transport).</summary>
    private static bool CheckDeclaration(INamedTypeSymbol type, Location? location, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var ok = DeclarationParser.CheckContainingTypes(type, diagnostics);
        if (!DeclarationParser.IsPartial(type))
        {
            diagnostics.Add(Diagnose.PublisherNotPartial(location, type.Name));
            ok = false;
        }

        foreach (var constructor in DeclaresConstructor(type, cancellationToken) ? type.InstanceConstructors.Where(c => !c.IsImplicitlyDeclared) : Enumerable.Empty<IMethodSymbol>())
        {
            diagnostics.Add(Diagnose.PublisherHasConstructor(constructor.Locations.FirstOrDefault(), type.Name));
            ok = false;
        }

        return ok;
    }

    /// <summary>
    /// Whether any declaration writes a constructor (a body one or a primary one): only then are the symbol's
    /// constructors worth asking for, which builds every member of the class on every keystroke.
    /// </summary>
    private static bool DeclaresConstructor(INamedTypeSymbol type, CancellationToken cancellationToken)
        => type.DeclaringSyntaxReferences.Any(reference => reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration
            || declaration.ParameterList is not null
            || declaration.Members.Any(member => member is ConstructorDeclarationSyntax));

    private static Location? TypeArgumentLocation(AttributeData attribute, CancellationToken cancellationToken)
        => attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax { Name: { } name }
            ? (name is QualifiedNameSyntax qualified ? qualified.Right : name) is GenericNameSyntax generic
                ? generic.TypeArgumentList.Arguments.FirstOrDefault()?.GetLocation()
                : name.GetLocation()
            : null;
}
