using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Parsing;

/// <summary>Wire naming: camelCase by default (System.Text.Json's algorithm), <c>[WireName]</c> to pin one.</summary>
internal static class WireNames
{
    public static string? Pinned(ISymbol symbol)
    {
        foreach (var attribute in SymbolAttributes.Of(symbol, KnownTypes.WireNameAttribute))
        {
            if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string name)
            {
                return name;
            }
        }

        return null;
    }

    public static bool IsValid(string name) => name.Length > 0 && !name.Any(char.IsControl) && name.Trim().Length == name.Length;

    /// <summary>Lower-cases the leading run of capitals, so <c>URLValue</c> becomes <c>urlValue</c> and <c>ID</c> becomes <c>id</c>.</summary>
    public static string CamelCase(string name)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 1 && !char.IsUpper(chars[i]))
            {
                break;
            }

            var hasNext = i + 1 < chars.Length;
            if (i > 0 && hasNext && !char.IsUpper(chars[i + 1]))
            {
                if (chars[i + 1] == ' ')
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }

                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }
}
