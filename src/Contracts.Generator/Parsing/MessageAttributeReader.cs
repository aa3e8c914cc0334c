using System.Linq;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Parsing;

/// <summary>Reads <c>[Message(name, Version = n)]</c> from a type, in source or in metadata.</summary>
internal static class MessageAttributeReader
{
    public static AttributeData? Find(ITypeSymbol type) => SymbolAttributes.Of(type, KnownTypes.MessageAttribute).FirstOrDefault();

    public static (string Name, int Version, int? Compatibility) Read(AttributeData attribute)
    {
        var name = attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string n ? n : string.Empty;
        var version = 1;
        int? compatibility = null;
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
        }

        return (name, version, compatibility);
    }
}
