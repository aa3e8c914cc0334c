using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Contracts.Generator.Specs;

namespace Contracts.Generator.Parsing;

/// <summary>
/// A short, stable hash of a message's wire schema (members, types, optionality, nested types, enum members), sent as
/// an envelope header so a mismatched deployment can be spotted in logs. FNV-1a: stable across runtimes and cheap.
/// </summary>
internal static class Fingerprint
{
    public static string Compute(string name, int version, IEnumerable<ContractTypeSpec> types, IEnumerable<EnumSpec> enums)
    {
        var text = new StringBuilder();
        text.Append(name).Append('@').Append(version).Append('\n');
        foreach (var type in types.OrderBy(t => t.Declaration.FullyQualifiedName, System.StringComparer.Ordinal))
        {
            text.Append("object:").Append(type.Declaration.Name).Append('{');
            foreach (var member in type.Members.OrderBy(m => m.WireName, System.StringComparer.Ordinal))
            {
                text.Append(member.WireName).Append(':').Append(member.Type.WireTypeName).Append(member.Required ? "!" : string.Empty).Append(';');
            }

            text.Append("}\n");
        }

        foreach (var enumSpec in enums.OrderBy(e => e.TypeName, System.StringComparer.Ordinal))
        {
            text.Append("enum:").Append(enumSpec.DisplayName).Append('{')
                .Append(string.Join(",", enumSpec.Members.Select(m => m.WireName).OrderBy(n => n, System.StringComparer.Ordinal))).Append("}\n");
        }

        return Hash(text.ToString());
    }

    private static string Hash(string text)
    {
        const ulong offset = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offset;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = unchecked((hash ^ b) * prime);
        }

        return hash.ToString("x16", CultureInfo.InvariantCulture);
    }
}
