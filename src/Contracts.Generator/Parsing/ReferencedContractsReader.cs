using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Contracts.Generator.Model;
using Microsoft.CodeAnalysis;

using Contracts.Schema;

namespace Contracts.Generator.Parsing;

/// <summary>
/// Reads the contracts other assemblies declare from the assembly attributes their generated code carries
/// (ContractMessage, ContractType, ContractEnum). Attributes, not type scanning: cheap enough to run on every
/// compilation change, and the equatable result stops the change from going further when the references did not change.
/// </summary>
internal static class ReferencedContractsReader
{
    private const string TypeAttribute = "Contracts.Serialization.ContractTypeAttribute";
    private const string EnumAttribute = "Contracts.Serialization.ContractEnumAttribute";

    public static ReferencedContracts Read(Compilation compilation, CancellationToken cancellationToken)
    {
        var messages = new List<ReferencedMessage>();
        var types = new Dictionary<string, ReferencedSchema>(StringComparer.Ordinal);
        var enums = new Dictionary<string, ReferencedSchema>(StringComparer.Ordinal);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var attribute in assembly.GetAttributes())
            {
                var arguments = attribute.ConstructorArguments;
                if (SymbolNames.Is(attribute.AttributeClass, KnownTypes.ContractMessageAssemblyAttribute)
                    && arguments.Length == 3
                    && arguments[0].Value is string name
                    && arguments[1].Value is int version
                    && arguments[2].Value is ITypeSymbol type)
                {
                    messages.Add(new ReferencedMessage(name, version, SymbolNames.FullyQualified(type), assembly.Name));
                }
                else if (arguments.Length == 2 && arguments[0].Value is ITypeSymbol described && arguments[1].Value is string members)
                {
                    // An enum used by several assemblies is described by each; the first description is kept.
                    var target = SymbolNames.Is(attribute.AttributeClass, TypeAttribute) ? types
                        : SymbolNames.Is(attribute.AttributeClass, EnumAttribute) ? enums
                        : null;
                    var qualified = SchemaText.QualifiedName(SymbolNames.FullyQualified(described));
                    if (target is not null && !target.ContainsKey(qualified))
                    {
                        var fallback = attribute.NamedArguments.FirstOrDefault(argument => argument.Key == "Fallback").Value.Value as string;
                        target.Add(qualified, new ReferencedSchema(qualified, members, fallback));
                    }
                }
            }
        }

        return new ReferencedContracts(
            messages.OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Version).ThenBy(m => m.AssemblyName, StringComparer.Ordinal).ToEquatableArray(),
            types.Values.OrderBy(t => t.QualifiedName, StringComparer.Ordinal).ToEquatableArray(),
            enums.Values.OrderBy(e => e.QualifiedName, StringComparer.Ordinal).ToEquatableArray());
    }
}
