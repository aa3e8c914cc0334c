using System;
using System.Linq;
using Contracts.Schema;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Parsing;

/// <summary>What <c>[Message(name, Version = n, Compatibility = m, Aliases = [...])]</c> says.</summary>
internal readonly record struct MessageAttributeData(string Name, int Version, int? Compatibility, EquatableArray<string> Aliases);

/// <summary>Reads <c>[Message(name, Version = n)]</c> from a type, in source or in metadata.</summary>
internal static class MessageAttributeReader
{
    public static AttributeData? Find(ITypeSymbol type) => SymbolAttributes.Of(type, KnownTypes.MessageAttribute).FirstOrDefault();

    public static MessageAttributeData Read(AttributeData attribute)
    {
        var name = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string n ? n : string.Empty;
        var version = 1;
        int? compatibility = null;
        var aliases = EquatableArray<string>.Empty;
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == "Version" && argument.Value.Value is int v)
            {
                version = v;
            }
            else if (argument.Key == "Compatibility" && argument.Value.Value is int c)
            {
                compatibility = c;
            }
            else if (argument.Key == "Aliases" && argument.Value.Kind == TypedConstantKind.Array && !argument.Value.IsNull)
            {
                // Sorted and each once: the lock and the routes do not depend on how the attribute lists them.
                aliases = argument.Value.Values.Select(a => a.Value as string ?? string.Empty)
                    .Distinct().OrderBy(a => a, StringComparer.Ordinal).ToEquatableArray();
            }
        }

        return new MessageAttributeData(name, version, compatibility, aliases);
    }
}
