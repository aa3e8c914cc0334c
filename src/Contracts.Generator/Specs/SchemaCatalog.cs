using System;
using System.Collections.Generic;
using Contracts.Generator.Specs;
using Contracts.Schema;

namespace Contracts.Generator.Specs;

/// <summary>
/// Every contract type and enum the compilation can see, by qualified name, as schemas: this project's own specs and
/// what referenced assemblies describe in their attributes (read once by ReferencedContractsReader).
/// </summary>
internal sealed class SchemaCatalog
{
    private readonly Dictionary<string, ObjectSchema> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumSchema> _enums = new(StringComparer.Ordinal);

    public SchemaCatalog(IEnumerable<ContractTypeSpec> localTypes, IEnumerable<EnumSpec> localEnums, ReferencedContracts referenced)
    {
        // Referenced descriptions first, so this project's own declaration wins for a name seen in both.
        foreach (var type in referenced.Types)
        {
            _types[type.Name] = type;
        }

        foreach (var type in referenced.Enums)
        {
            _enums[type.Name] = type;
        }

        foreach (var type in localTypes)
        {
            var schema = SpecSchemas.Object(type);
            _types[schema.Name] = schema;
        }

        foreach (var type in localEnums)
        {
            var schema = SpecSchemas.Enum(type);
            _enums[schema.Name] = schema;
        }
    }

    /// <summary>The contract type of that qualified name, or null when the compilation cannot see one.</summary>
    public ObjectSchema? Object(string qualifiedName) => _types.TryGetValue(qualifiedName, out var type) ? type : null;

    /// <summary>The enum of that qualified name, or null.</summary>
    public EnumSchema? Enum(string qualifiedName) => _enums.TryGetValue(qualifiedName, out var type) ? type : null;
}
