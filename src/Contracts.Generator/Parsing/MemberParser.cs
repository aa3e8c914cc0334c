using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Contracts.Generator.Parsing;

/// <summary>A member whose type refers to another record: an edge of the contract's type graph.</summary>
internal readonly record struct RecordEdge(INamedTypeSymbol Owner, INamedTypeSymbol Record, string MemberName, Location? Location);

/// <summary>
/// Finds the wire members of a record: primary-constructor parameters and public settable or init-only properties,
/// in declaration order. Get-only computed properties are not on the wire: the reader could not set them back.
/// </summary>
internal sealed class MemberParser
{
    private readonly TypeClassifier _classifier;
    private readonly List<DiagnosticInfo> _diagnostics;

    public MemberParser(TypeClassifier classifier, List<DiagnosticInfo> diagnostics)
    {
        _classifier = classifier;
        _diagnostics = diagnostics;
    }

    public List<RecordEdge> Edges { get; } = new();

    /// <summary>Null when the type cannot be constructed (reported).</summary>
    public EquatableArray<MemberSpec>? Parse(INamedTypeSymbol type)
    {
        var primary = PrimaryConstructor(type);
        if (primary is null && !type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoConstructor, DeclarationParser.IdentifierLocation(type), type.Name));
            return null;
        }

        var parameters = primary?.Parameters.ToDictionary(p => p.Name) ?? new Dictionary<string, IParameterSymbol>();
        var members = new List<MemberSpec>();
        var byWireName = new Dictionary<string, string>();

        foreach (var property in WireProperties(type, parameters))
        {
            parameters.TryGetValue(property.Name, out var parameter);
            var member = ParseMember(type, property, parameter);
            if (member is null)
            {
                continue;
            }

            if (byWireName.TryGetValue(member.WireName, out var other))
            {
                _diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateWireName, MemberLocation(property, parameter), other, property.Name, type.Name, member.WireName));
            }
            else
            {
                byWireName.Add(member.WireName, property.Name);
            }

            members.Add(member);
        }

        // Constructor arguments are passed positionally, so constructor-bound members keep the parameter order.
        var ordered = members.Where(m => m.Binding == MemberBinding.Constructor)
            .OrderBy(m => primary!.Parameters.IndexOf(parameters[m.PropertyName]))
            .Concat(members.Where(m => m.Binding != MemberBinding.Constructor));
        return ordered.ToEquatableArray();
    }

    private MemberSpec? ParseMember(INamedTypeSymbol owner, IPropertySymbol property, IParameterSymbol? parameter)
    {
        var pinned = WireNames.Pinned(property) ?? (parameter is null ? null : WireNames.Pinned(parameter));
        var location = MemberLocation(property, parameter);
        if (pinned is not null && !WireNames.IsValid(pinned))
        {
            _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidWireName, location, pinned, owner.Name + "." + property.Name));
        }

        var wireName = pinned ?? WireNames.CamelCase(property.Name);
        var classification = _classifier.Classify(property.Type);
        if (classification.ExternalWithoutContract is { } external)
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.ExternalTypeWithoutContract, TypeLocation(property, parameter) ?? location, external.Name, external.ContainingAssembly?.Name ?? "?"));
            return null;
        }

        if (classification.Spec is not { } spec)
        {
            _diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.UnsupportedMemberType,
                TypeLocation(property, parameter) ?? location,
                property.Name,
                owner.Name,
                SymbolNames.Display(property.Type),
                classification.Suggestion!));
            return null;
        }

        foreach (var record in ReferencedRecords(property.Type))
        {
            Edges.Add(new RecordEdge(owner, record, property.Name, TypeLocation(property, parameter) ?? location));
        }

        if (parameter is not null)
        {
            var hasDefault = parameter.HasExplicitDefaultValue;
            return new MemberSpec(
                property.Name,
                wireName,
                spec,
                Required: !hasDefault && !spec.IsNullable,
                MemberBinding.Constructor,
                hasDefault ? DefaultValues.Format(parameter) : spec.IsNullable ? "default" : "default!");
        }

        var hasInitializer = HasInitializer(property);
        var required = property.IsRequired || (!spec.IsNullable && !hasInitializer);
        var binding = hasInitializer && !property.IsRequired ? MemberBinding.WithWhenPresent : MemberBinding.Initializer;
        return new MemberSpec(property.Name, wireName, spec, required, binding, spec.IsNullable ? "default" : "default!");
    }

    private static IEnumerable<IPropertySymbol> WireProperties(INamedTypeSymbol type, Dictionary<string, IParameterSymbol> parameters)
    {
        var seen = new HashSet<string>();
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        foreach (var declaring in chain)
        {
            foreach (var property in declaring.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public
                    || property.Name == "EqualityContract" || property.GetMethod is null || !seen.Add(property.Name))
                {
                    continue;
                }

                var settable = property.SetMethod is { DeclaredAccessibility: Accessibility.Public };
                if (settable || parameters.ContainsKey(property.Name))
                {
                    yield return property;
                }
            }
        }
    }

    private static IMethodSymbol? PrimaryConstructor(INamedTypeSymbol type)
        => type.InstanceConstructors.FirstOrDefault(c =>
            c.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is RecordDeclarationSyntax { ParameterList: not null }));

    private static bool HasInitializer(IPropertySymbol property)
        => property.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is PropertyDeclarationSyntax { Initializer: not null });

    private IEnumerable<INamedTypeSymbol> ReferencedRecords(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return ReferencedRecords(array.ElementType);
            case INamedTypeSymbol { IsRecord: true } record when _classifier.IsLocal(record):
                return new[] { record };
            case INamedTypeSymbol named when named.TypeArguments.Length > 0:
                return named.TypeArguments.SelectMany(ReferencedRecords);
            default:
                return Enumerable.Empty<INamedTypeSymbol>();
        }
    }

    private static Location? MemberLocation(IPropertySymbol property, IParameterSymbol? parameter)
        => (parameter ?? (ISymbol)property).Locations.FirstOrDefault();

    /// <summary>The type as written (<c>List&lt;int&gt;</c> in <c>List&lt;int&gt; Items</c>): where a type error belongs.</summary>
    private static Location? TypeLocation(IPropertySymbol property, IParameterSymbol? parameter)
    {
        var syntax = (parameter ?? (ISymbol)property).DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax();
        return syntax switch
        {
            ParameterSyntax { Type: { } type } => type.GetLocation(),
            PropertyDeclarationSyntax { Type: { } type } => type.GetLocation(),
            _ => null,
        };
    }
}
