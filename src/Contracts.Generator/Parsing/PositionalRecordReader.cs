using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Contracts.Generator.Parsing;

/// <summary>
/// Reads the wire members of the common contract shape, one positional record declaration, from its syntax, binding
/// only each parameter's type and attributes. Roslyn re-runs the message transform for every message on every
/// keystroke in a new compilation; going through the type's symbols would make the compiler build every member of
/// every record (the synthesized Equals, ToString, Clone...) each time, which is several times the cost of this.
/// </summary>
/// <remarks>
/// Answers only when the syntax says everything the symbols would: one declaration, no base record, no property or
/// same-named field in the body, plain parameters, literal defaults and literal wire names. Anything else returns null
/// and the caller asks <see cref="SymbolMemberReader"/>, so both paths give the same members (a test holds them equal).
/// </remarks>
internal static class PositionalRecordReader
{
    public static List<MemberSource>? TryRead(INamedTypeSymbol type, SemanticModelCache models, CancellationToken cancellationToken)
    {
        if (type.DeclaringSyntaxReferences.Length != 1
            || type.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not RecordDeclarationSyntax { ParameterList: { } parameterList } record
            || (record.BaseList is not null && type.BaseType is { SpecialType: not (SpecialType.System_Object or SpecialType.System_ValueType) })
            || DeclaresMembersOfItsOwn(record))
        {
            return null;
        }

        var model = models.For(record.SyntaxTree);
        var members = new List<MemberSource>(parameterList.Parameters.Count);
        for (var i = 0; i < parameterList.Parameters.Count; i++)
        {
            var parameter = parameterList.Parameters[i];
            if (parameter.Type is not { } written || parameter.Modifiers.Count > 0 || parameter.ContainsDiagnostics)
            {
                return null;
            }

            var bound = BindType(written, model);
            if (bound is null || bound.TypeKind == TypeKind.Error || !TryReadWireName(parameter, model, out var pinned))
            {
                return null;
            }

            string? defaultValue = null;
            if (parameter.Default is { } equals)
            {
                if (!DefaultValues.TryReadLiteral(equals.Value, bound, out var constant))
                {
                    return null;
                }

                defaultValue = DefaultValues.Format(constant, bound);
            }

            var location = parameter.Identifier.GetLocation();
            members.Add(new MemberSource(
                parameter.Identifier.ValueText, bound, pinned, location, written.GetLocation(), location, i, defaultValue, IsRequired: false, HasInitializer: false));
        }

        return members;
    }

    /// <summary>
    /// The parameter's type as its symbol would have it. Speculative binding does not create the primary constructor (a
    /// semantic model question about the parameter would), but it leaves the outermost nullable annotation off, so that
    /// is read back from the syntax and the nullable context, as the compiler decides it for a declared parameter.
    /// </summary>
    private static ITypeSymbol? BindType(TypeSyntax written, SemanticModel model)
    {
        var bound = Keyword(written, model.Compilation)
            ?? model.GetSpeculativeTypeInfo(written.SpanStart, written, SpeculativeBindingOption.BindAsTypeOrNamespace).Type;
        var annotation = written is NullableTypeSyntax
            ? NullableAnnotation.Annotated
            : (model.GetNullableContext(written.SpanStart) & NullableContext.AnnotationsEnabled) != 0 ? NullableAnnotation.NotAnnotated : NullableAnnotation.None;
        return bound?.WithNullableAnnotation(annotation);
    }

    /// <summary>
    /// <c>int</c>, <c>string?</c>, <c>decimal?</c>: a keyword names one special type wherever it is written, so it needs
    /// no binder (most contract members are written this way).
    /// </summary>
    private static ITypeSymbol? Keyword(TypeSyntax written, Compilation compilation)
    {
        var nullable = written is NullableTypeSyntax;
        if ((nullable ? ((NullableTypeSyntax)written).ElementType : written) is not PredefinedTypeSyntax predefined
            || SpecialTypeOf(predefined.Keyword.Kind()) is not { } special)
        {
            return null;
        }

        var type = compilation.GetSpecialType(special);
        return nullable && type.IsValueType ? compilation.GetSpecialType(SpecialType.System_Nullable_T).Construct(type) : type;
    }

    private static SpecialType? SpecialTypeOf(SyntaxKind keyword) => keyword switch
    {
        SyntaxKind.BoolKeyword => SpecialType.System_Boolean,
        SyntaxKind.ByteKeyword => SpecialType.System_Byte,
        SyntaxKind.SByteKeyword => SpecialType.System_SByte,
        SyntaxKind.ShortKeyword => SpecialType.System_Int16,
        SyntaxKind.UShortKeyword => SpecialType.System_UInt16,
        SyntaxKind.IntKeyword => SpecialType.System_Int32,
        SyntaxKind.UIntKeyword => SpecialType.System_UInt32,
        SyntaxKind.LongKeyword => SpecialType.System_Int64,
        SyntaxKind.ULongKeyword => SpecialType.System_UInt64,
        SyntaxKind.FloatKeyword => SpecialType.System_Single,
        SyntaxKind.DoubleKeyword => SpecialType.System_Double,
        SyntaxKind.DecimalKeyword => SpecialType.System_Decimal,
        SyntaxKind.StringKeyword => SpecialType.System_String,
        SyntaxKind.CharKeyword => SpecialType.System_Char,
        SyntaxKind.ObjectKeyword => SpecialType.System_Object,
        _ => null,
    };

    /// <summary>A body property (or a field that takes a parameter's place) changes which members exist: leave it to the symbols.</summary>
    private static bool DeclaresMembersOfItsOwn(RecordDeclarationSyntax record)
    {
        HashSet<string>? parameterNames = null;
        foreach (var member in record.Members)
        {
            switch (member)
            {
                case BasePropertyDeclarationSyntax:
                    return true;
                case BaseFieldDeclarationSyntax field:
                    parameterNames ??= ParameterNames(record);
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (parameterNames.Contains(variable.Identifier.ValueText))
                        {
                            return true;
                        }
                    }

                    break;
            }
        }

        return false;
    }

    private static HashSet<string> ParameterNames(RecordDeclarationSyntax record)
    {
        var names = new HashSet<string>();
        foreach (var parameter in record.ParameterList!.Parameters)
        {
            names.Add(parameter.Identifier.ValueText);
        }

        return names;
    }

    /// <summary>
    /// <c>[property: WireName("x")]</c> wins over <c>[WireName("x")]</c> on the parameter, as it does when the property's
    /// attributes are read first. False when an attribute cannot be bound or its argument is not a literal.
    /// </summary>
    private static bool TryReadWireName(ParameterSyntax parameter, SemanticModel model, out string? pinned)
    {
        string? onProperty = null;
        string? onParameter = null;
        pinned = null;
        foreach (var list in parameter.AttributeLists)
        {
            var target = list.Target?.Identifier.ValueText;
            if (target is not (null or "param" or "property"))
            {
                continue;
            }

            foreach (var attribute in list.Attributes)
            {
                var constructor = model.GetSpeculativeSymbolInfo(attribute.SpanStart, attribute).Symbol;
                if (constructor is null)
                {
                    return false;
                }

                if (!SymbolNames.Is(constructor.ContainingType, KnownTypes.WireNameAttribute))
                {
                    continue;
                }

                if (attribute.ArgumentList is not { Arguments.Count: 1 } arguments
                    || arguments.Arguments[0] is not { NameEquals: null, NameColon: null, Expression: LiteralExpressionSyntax literal }
                    || !(literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.IsKind(SyntaxKind.NullLiteralExpression)))
                {
                    return false;
                }

                // A null name is skipped, as the symbol path skips an argument that is not a string.
                var name = literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText : null;
                if (target == "property")
                {
                    onProperty ??= name;
                }
                else
                {
                    onParameter ??= name;
                }
            }
        }

        pinned = onProperty ?? onParameter;
        return true;
    }
}
