using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Specs;
using Contracts.Schema;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Parsing;

/// <summary>
/// Resolves a type used as a published or consumed message to its wire identity, or reports why it cannot be one.
/// Shared by publishers and consumers so both apply the same rule.
/// </summary>
internal static class MessageReferences
{
    /// <param name="home">The assembly being compiled, where messages are generated rather than referenced.</param>
    /// <param name="notMessage">The diagnostic for a type that is not a message: at, user, type.</param>
    public static MessageRef? Resolve(
        ITypeSymbol type, IAssemblySymbol home, string userName, Location? location, System.Func<Location?, string, string, DiagnosticInfo> notMessage, List<DiagnosticInfo> diagnostics)
    {
        // A type argument that does not resolve, or a message declared twice: the compiler says so already.
        if (CompilerReported.ContainsErrorType(type) || (type is INamedTypeSymbol declared && CompilerReported.IsBrokenDeclaration(declared)))
        {
            return null;
        }

        if (type is not INamedTypeSymbol named || MessageAttributeReader.Find(named) is not { } attribute)
        {
            diagnostics.Add(notMessage(location, userName, SymbolNames.Display(type)));
            return null;
        }

        var inSource = TypeClassifier.IsDeclaredIn(named, home);
        if (!inSource && !TypeClassifier.HasGeneratedContract(named))
        {
            diagnostics.Add(Diagnose.ExternalTypeWithoutContract(location, named.Name, named.ContainingAssembly?.Name ?? "?"));
            return null;
        }

        // A message in this compilation that cannot be generated has its own error; referencing it would only add noise.
        if (inSource && (!named.IsRecord || named.IsGenericType || !DeclarationParser.IsPartial(named)))
        {
            return null;
        }

        if (CompilerReported.IsBrokenAttribute(attribute, default))
        {
            return null;
        }

        var message = MessageAttributeReader.Read(attribute);

        // An alias equal to the name itself says nothing; an invalid one has its own error at the message.
        var aliases = message.Aliases.Where(a => a != message.Name && MessageNames.IsValid(a)).ToEquatableArray();
        return new MessageRef(SymbolNames.FullyQualified(named), message.Name, message.Version, message.Compatibility, aliases);
    }
}
