using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Contracts.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Contracts.CodeFixes.Infrastructure;

/// <summary>A member of a contract record as written: its declaration (a primary-constructor parameter or a property), name, wire name and type.</summary>
internal sealed record RecordMember(SyntaxNode Declaration, string Name, string WireName, TypeSyntax Type);

/// <summary>
/// The members of a record declaration by wire name, named the way the generator names them (<see cref="WireNames"/>:
/// <c>[property: WireName]</c>, then <c>[WireName]</c> on the parameter, then camelCase).
/// </summary>
internal static class RecordMembers
{
    public static IReadOnlyList<RecordMember> Of(TypeDeclarationSyntax declaration, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetDeclaredSymbol(declaration, cancellationToken) is not { } type)
        {
            return new RecordMember[0];
        }

        var members = new List<RecordMember>();
        foreach (var parameter in declaration.ParameterList?.Parameters ?? default)
        {
            var name = parameter.Identifier.ValueText;
            var property = type.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault();
            var pinned = (property is null ? null : WireNames.Pinned(property))
                ?? (model.GetDeclaredSymbol(parameter, cancellationToken) is { } symbol ? WireNames.Pinned(symbol) : null);
            if (parameter.Type is { } written)
            {
                members.Add(new RecordMember(parameter, name, pinned ?? WireNames.CamelCase(name), written));
            }
        }

        foreach (var property in declaration.Members.OfType<PropertyDeclarationSyntax>().Where(p => !p.Modifiers.Any(SyntaxKind.StaticKeyword)))
        {
            var name = property.Identifier.ValueText;
            var pinned = model.GetDeclaredSymbol(property, cancellationToken) is { } symbol ? WireNames.Pinned(symbol) : null;
            members.Add(new RecordMember(property, name, pinned ?? WireNames.CamelCase(name), property.Type));
        }

        return members;
    }

    /// <summary>The member whose wire name is <paramref name="wireName"/>, or null.</summary>
    public static RecordMember? Find(TypeDeclarationSyntax declaration, SemanticModel model, string wireName, CancellationToken cancellationToken)
        => Of(declaration, model, cancellationToken).FirstOrDefault(member => member.WireName == wireName);
}
