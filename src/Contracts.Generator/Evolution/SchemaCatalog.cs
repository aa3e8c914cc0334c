using System;
using System.Collections.Generic;
using Contracts.Generator.Model;

using Contracts.Schema;

namespace Contracts.Generator.Evolution;

/// <summary>
/// Every contract type and enum the compilation can see, by qualified name, in the one text encoding of
/// <see cref="SchemaText"/>: this project's own specs and what referenced assemblies describe in their attributes.
/// </summary>
internal sealed class SchemaCatalog
{
    private readonly Dictionary<string, string> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _enums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _fallbacks = new(StringComparer.Ordinal);

    public SchemaCatalog(IEnumerable<ContractTypeSpec> localTypes, IEnumerable<EnumSpec> localEnums, ReferencedContracts referenced)
    {
        // Referenced descriptions first, so this project's own declaration wins for a name seen in both.
        foreach (var type in referenced.Types)
        {
            _types[type.QualifiedName] = type.Members;
        }

        foreach (var type in referenced.Enums)
        {
            _enums[type.QualifiedName] = type.Members;
            _fallbacks[type.QualifiedName] = type.Fallback;
        }

        foreach (var type in localTypes)
        {
            _types[SchemaText.QualifiedName(type.Declaration.FullyQualifiedName)] = SchemaText.Members(type);
        }

        foreach (var type in localEnums)
        {
            _enums[SchemaText.QualifiedName(type.TypeName)] = SchemaText.EnumMembers(type);
            _fallbacks[SchemaText.QualifiedName(type.TypeName)] = type.Fallback?.WireName;
        }
    }

    /// <summary>The members of a contract type as (wire name, type text, required), or null when unknown.</summary>
    public IReadOnlyList<(string WireName, string Type, bool Required)>? Members(string qualifiedName)
    {
        if (!_types.TryGetValue(qualifiedName, out var text))
        {
            return null;
        }

        var members = new List<(string, string, bool)>();
        foreach (var line in Lines(text))
        {
            var parts = line.Split('\t');
            if (parts.Length == 3)
            {
                members.Add((parts[0], parts[1], parts[2] == "1"));
            }
        }

        return members;
    }

    /// <summary>The wire names of an enum in declaration order, or null when unknown.</summary>
    public IReadOnlyList<string>? EnumMembers(string qualifiedName)
        => _enums.TryGetValue(qualifiedName, out var text) ? Lines(text) : null;

    /// <summary>The wire name unknown names of an enum are read as (<c>[EnumFallback]</c>), or null.</summary>
    public string? EnumFallback(string qualifiedName) => _fallbacks.TryGetValue(qualifiedName, out var fallback) ? fallback : null;

    private static string[] Lines(string text) => text.Length == 0 ? Array.Empty<string>() : text.Split('\n');
}
