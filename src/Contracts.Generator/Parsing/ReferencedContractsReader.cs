using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Contracts.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Parsing;

/// <summary>
/// Reads the messages other assemblies declare, from the <c>[assembly: ContractMessage(...)]</c> attributes their
/// generated code carries. Attributes, not type scanning: cheap enough to run on every compilation change, and the
/// equatable result stops the change from going further when the references did not change.
/// </summary>
internal static class ReferencedContractsReader
{
    public static EquatableArray<ReferencedMessage> Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var result = new List<ReferencedMessage>();
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var attribute in assembly.GetAttributes())
            {
                if (SymbolNames.Is(attribute.AttributeClass, KnownTypes.ContractMessageAssemblyAttribute)
                    && attribute.ConstructorArguments.Length == 3
                    && attribute.ConstructorArguments[0].Value is string name
                    && attribute.ConstructorArguments[1].Value is int version
                    && attribute.ConstructorArguments[2].Value is ITypeSymbol type)
                {
                    result.Add(new ReferencedMessage(name, version, SymbolNames.FullyQualified(type), assembly.Name));
                }
            }
        }

        return result.OrderBy(m => m.Name, System.StringComparer.Ordinal).ThenBy(m => m.Version).ThenBy(m => m.AssemblyName, System.StringComparer.Ordinal).ToEquatableArray();
    }
}
