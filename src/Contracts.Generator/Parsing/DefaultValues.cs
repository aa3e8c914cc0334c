using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Contracts.Generator.Parsing;

/// <summary>Writes a parameter's default value back as a C# expression the generated reader can pass.</summary>
internal static class DefaultValues
{
    public static string Format(IParameterSymbol parameter)
    {
        var value = parameter.ExplicitDefaultValue;
        var type = parameter.Type;
        if (value is null)
        {
            return type.IsValueType && type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T ? "default" : "null";
        }

        var underlying = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : type;
        var literal = value switch
        {
            string text => SymbolDisplay.FormatLiteral(text, quote: true),
            bool flag => flag ? "true" : "false",
            char c => SymbolDisplay.FormatLiteral(c, quote: true),
            float f => f.ToString("R", CultureInfo.InvariantCulture) + "F",
            double d => d.ToString("R", CultureInfo.InvariantCulture) + "D",
            decimal m => m.ToString(CultureInfo.InvariantCulture) + "M",
            IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
            _ => "default",
        };

        // Enums and narrow integer types need a cast: the constant is stored as its underlying value.
        return "(" + SymbolNames.FullyQualified(underlying) + ")(" + literal + ")";
    }
}
