using System.Collections.Generic;
using System.Linq;
using Contracts.Schema;

namespace Contracts.Generator.Specs;

/// <summary>
/// The SchemaFingerprint a message's descriptor sends: of its whole wire schema, assembled as the gates assemble it
/// (so it equals what other services compute from this service's manifest), nested types of referenced assemblies
/// included. Computed in the message's own parse, so an edit to one message regenerates that message's file alone.
/// </summary>
internal static class MessageFingerprint
{
    public static string Of(ContractTypeSpec message, string name, int version, IEnumerable<ContractTypeSpec> nested, IEnumerable<EnumSpec> enums, ReferencedContracts referenced)
    {
        var catalog = new SchemaCatalog(nested.Prepend(message), enums, referenced);
        var schema = SchemaAssembler.Build(catalog, message.Declaration.FullyQualifiedName, name, version, CompatibilityMode.None);
        return SchemaFingerprint.Of(schema!);
    }
}
