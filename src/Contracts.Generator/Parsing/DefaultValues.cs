using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Contracts.Generator.Parsing;

/// <summary>Writes a parameter's default value back as a C# expression the generated reader can pass.</summary>
internal static class DefaultValues
{
    public static string Format(IParameterSymbol parameter) => Format(parameter.ExplicitDefaultValue, parameter.Type);

    /// <summary><paramref name="value"/> is the constant as the compiler stores it for a parameter of <paramref name="type"/>.</summary>
    public static string Format(object? value, ITypeSymbol type)
    {
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

    /// <summary>
    /// The constant a literal default (<c>= null</c>, <c>= 5</c>, <c>= "x"</c>, <c>= true</c>) stores for a parameter of
    /// <paramref name="type"/>, converted as the compiler converts it. False for anything else (an enum member, a negative
    /// number, <c>default</c>, a constant's name): the caller then reads the parameter symbol instead.
    /// </summary>
    public static bool TryReadLiteral(ExpressionSyntax expression, ITypeSymbol type, out object? value)
    {
        value = null;
        if (expression.IsKind(SyntaxKind.NullLiteralExpression))
        {
            return true;
        }

        var underlying = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : type;
        if (expression is not LiteralExpressionSyntax { Token.Value: { } literal } || underlying.TypeKind == TypeKind.Enum
            || ClrType(underlying.SpecialType) is not { } target)
        {
            return false;
        }

        try
        {
            value = literal.GetType() == target ? literal : Convert.ChangeType(literal, target, CultureInfo.InvariantCulture);
            return true;
        }
        catch (Exception exception) when (exception is InvalidCastException or FormatException or OverflowException)
        {
            // Not a conversion the compiler makes either: the build reports it; the symbol path decides what is emitted.
            return false;
        }
    }

    private static Type? ClrType(SpecialType type) => type switch
    {
        SpecialType.System_Boolean => typeof(bool),
        SpecialType.System_Char => typeof(char),
        SpecialType.System_SByte => typeof(sbyte),
        SpecialType.System_Byte => typeof(byte),
        SpecialType.System_Int16 => typeof(short),
        SpecialType.System_UInt16 => typeof(ushort),
        SpecialType.System_Int32 => typeof(int),
        SpecialType.System_UInt32 => typeof(uint),
        SpecialType.System_Int64 => typeof(long),
        SpecialType.System_UInt64 => typeof(ulong),
        SpecialType.System_Single => typeof(float),
        SpecialType.System_Double => typeof(double),
        SpecialType.System_Decimal => typeof(decimal),
        SpecialType.System_String => typeof(string),
        _ => null,
    };
}
