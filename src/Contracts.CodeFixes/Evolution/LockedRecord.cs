using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using Contracts.CodeFixes.Infrastructure;
using Contracts.Generator.Parsing;
using Contracts.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Contracts.CodeFixes.Evolution;

/// <summary>
/// A message's record written back from its locked schema: the version consumers still read, as the lock holds it.
/// The code no longer has it (it was edited), the lock does. Members keep the C# names and order of the edited record
/// where their wire name is still there; the others are named from their wire name. Positional: required members
/// first, then the optional ones with a default. Null when the schema cannot be written as C# here (a nested record or
/// enum this compilation does not have by that name, a wire name that is no identifier, a required nullable member).
/// </summary>
internal static class LockedRecord
{
    public static TypeDeclarationSyntax? Write(ContractSchema locked, MessageDeclaration current, SemanticModel model, CancellationToken cancellationToken)
    {
        var written = RecordMembers.Of(current.Syntax, model, cancellationToken);
        var order = written.Select((m, i) => (m.WireName, i)).ToDictionary(p => p.WireName, p => p.i);
        var parameters = new List<string>();
        foreach (var member in locked.Members
            .OrderBy(m => !m.Required)
            .ThenBy(m => order.TryGetValue(m.WireName, out var index) ? index : int.MaxValue))
        {
            var name = written.FirstOrDefault(w => w.WireName == member.WireName)?.Name ?? Identifier(member.WireName);
            var type = TypeText(member.Type, model.Compilation);
            if (name is null || type is null || (member.Required && member.Type.Nullable))
            {
                return null;
            }

            var pin = WireNames.CamelCase(name) == member.WireName ? string.Empty : $"[global::Contracts.WireName({SymbolDisplay.FormatLiteral(member.WireName, quote: true)})] ";
            parameters.Add(pin + type + " " + name + (member.Required ? string.Empty : " = default"));
        }

        var header = new StringBuilder();
        foreach (var list in current.Syntax.AttributeLists)
        {
            header.Append(list.WithoutTrivia().ToFullString()).Append('\n');
        }

        var keyword = current.Syntax is RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: (int)SyntaxKind.StructKeyword } ? "record struct" : "record";
        header.Append(current.Syntax.Modifiers.ToString()).Append(' ').Append(keyword).Append(' ').Append(current.Syntax.Identifier.ValueText)
            .Append('(').Append(string.Join(", ", parameters)).Append(");");
        return SyntaxFactory.ParseMemberDeclaration(header.ToString()) is TypeDeclarationSyntax declaration && !declaration.ContainsDiagnostics
            ? declaration.WithAdditionalAnnotations(Formatter.Annotation, Simplifier.Annotation)
            : null;
    }

    private static string? TypeText(TypeSchema type, Compilation compilation)
    {
        var text = type switch
        {
            PrimitiveTypeSchema primitive => WirePrimitives.Of(primitive.Kind).CSharpName,
            ArrayTypeSchema array => TypeText(array.Element, compilation) is { } element ? $"global::System.Collections.Generic.IReadOnlyList<{element}>" : null,
            MapTypeSchema map => TypeText(map.Value, compilation) is { } value ? $"global::System.Collections.Generic.IReadOnlyDictionary<string, {value}>" : null,
            EnumTypeSchema named => Declared(named.Name, compilation),
            ObjectTypeSchema named => Declared(named.Name, compilation),
            _ => null,
        };
        return text is null ? null : text + (type.Nullable ? "?" : string.Empty);
    }

    /// <summary>The one type of this compilation with the schema's name, fully qualified (the simplifier shortens it).</summary>
    private static string? Declared(string name, Compilation compilation)
    {
        var types = compilation.GetSymbolsWithName(name, SymbolFilter.Type).OfType<INamedTypeSymbol>().ToList();
        return types.Count == 1 ? types[0].ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) : null;
    }

    /// <summary>PascalCase of a wire name, when that is a C# identifier.</summary>
    private static string? Identifier(string wireName)
    {
        var name = char.ToUpperInvariant(wireName[0]) + wireName.Substring(1);
        return SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : null;
    }
}
