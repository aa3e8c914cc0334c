using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Specs;
using Contracts.Schema;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Parsing;

/// <summary>
/// Reads the contracts other assemblies declare from the assembly attributes their generated code carries
/// (ContractMessage, ContractType, ContractEnum), and parses their schema text once, here. Attributes, not type
/// scanning: cheap enough to run on every compilation change, and the equatable result stops the change from going
/// further when the references did not change.
/// </summary>
internal static class ReferencedContractsReader
{
    private const string TypeAttribute = "Contracts.Serialization.ContractTypeAttribute";
    private const string EnumAttribute = "Contracts.Serialization.ContractEnumAttribute";

    public static ReferencedContracts Read(Compilation compilation, CancellationToken cancellationToken)
        => Read(compilation.SourceModule.ReferencedAssemblySymbols, cancellationToken);

    /// <summary>What <paramref name="assemblies"/> describe; a message's parse reads only the assemblies its members reach.</summary>
    public static ReferencedContracts Read(IEnumerable<IAssemblySymbol> assemblies, CancellationToken cancellationToken)
    {
        var messages = new List<ReferencedMessage>();
        var types = new Dictionary<string, ObjectSchema>(StringComparer.Ordinal);
        var enums = new Dictionary<string, EnumSchema>(StringComparer.Ordinal);
        var failures = new List<DiagnosticInfo>();
        foreach (var assembly in assemblies)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var attribute in assembly.GetAttributes())
            {
                if (ReadMessage(attribute, assembly.Name) is { } message)
                {
                    messages.Add(message);
                }
                else if (attribute.ConstructorArguments is [{ Value: ITypeSymbol described }, { Value: string text }])
                {
                    // A type used by several assemblies is described by each; the first description is kept.
                    var name = SpecSchemas.QualifiedName(SymbolNames.FullyQualified(described));
                    if (SymbolNames.Is(attribute.AttributeClass, TypeAttribute) && !types.ContainsKey(name))
                    {
                        AddType(types, failures, name, text, assembly.Name);
                    }
                    else if (SymbolNames.Is(attribute.AttributeClass, EnumAttribute) && !enums.ContainsKey(name))
                    {
                        var fallback = attribute.NamedArguments.FirstOrDefault(argument => argument.Key == "Fallback").Value.Value as string;
                        enums.Add(name, new EnumSchema(name, ContractAttributeText.ParseEnumMembers(text), fallback));
                    }
                }
            }
        }

        return new ReferencedContracts(
            messages.OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Version).ThenBy(m => m.AssemblyName, StringComparer.Ordinal).ToEquatableArray(),
            types.Values.OrderBy(t => t.Name, StringComparer.Ordinal).ToEquatableArray(),
            enums.Values.OrderBy(e => e.Name, StringComparer.Ordinal).ToEquatableArray(),
            failures.ToEquatableArray());
    }

    private static ReferencedMessage? ReadMessage(AttributeData attribute, string assembly)
        => SymbolNames.Is(attribute.AttributeClass, KnownTypes.ContractMessageAssemblyAttribute)
           && attribute.ConstructorArguments is [{ Value: string name }, { Value: int version }, { Value: ITypeSymbol type }]
            ? new ReferencedMessage(name, version, SymbolNames.FullyQualified(type), assembly)
            : null;

    // Written by another build of this generator, so unreadable text is a bug, not a user's mistake: CTR9999 says which.
    private static void AddType(Dictionary<string, ObjectSchema> types, List<DiagnosticInfo> failures, string name, string text, string assembly)
    {
        if (ContractAttributeText.ParseMembers(text, out var error) is { } members)
        {
            types.Add(name, new ObjectSchema(name, members));
        }
        else
        {
            failures.Add(Diagnose.Failure($"the contract of '{name}' in referenced assembly '{assembly}'", error + " in \"" + text + "\"", null));
        }
    }
}
