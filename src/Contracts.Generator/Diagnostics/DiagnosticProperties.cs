using Contracts.Schema;
using Contracts.Schema.Gates;
using Microsoft.CodeAnalysis.CSharp;

namespace Contracts.Generator.Diagnostics;

/// <summary>
/// The keys of the diagnostics' properties, which the code fixes (Contracts.CodeFixes) read: the local gate's here, the
/// gates' findings' in <see cref="FindingProperties"/>. Stable, like the IDs: an older IDE's fixes read them.
/// </summary>
internal static class DiagnosticProperties
{
    /// <summary>CTR0002: the C# type the message tells the user to write instead, as the message writes it.</summary>
    public const string SuggestedType = "SuggestedType";

    /// <summary>One property, or none when <paramref name="value"/> is null.</summary>
    public static EquatableArray<FindingProperty> Of(string key, string? value)
        => value is null ? EquatableArray<FindingProperty>.Empty : new EquatableArray<FindingProperty>(new[] { new FindingProperty(key, value) });

    /// <summary>
    /// The type a CTR0002 suggestion starts with: <c>DateTimeOffset (a DateTime carries...)</c>, <c>decimal, or a
    /// string...</c>, <c>int[] or IReadOnlyList&lt;int&gt;</c>, <c>IReadOnlyDictionary&lt;string, T&gt; (...)</c>. Null when it
    /// starts with words instead (<c>a partial record...</c>, <c>one of the supported types...</c>): no single type to write.
    /// </summary>
    public static string? SuggestedTypeIn(string suggestion)
    {
        var depth = 0;
        var end = 0;
        for (; end < suggestion.Length; end++)
        {
            var c = suggestion[end];
            depth += c == '<' ? 1 : c == '>' ? -1 : 0;
            if (depth == 0 && (c == ' ' || c == ','))
            {
                break;
            }
        }

        var type = suggestion.Substring(0, end);
        var isType = type.Length > 0
            && (char.IsUpper(type[0]) || SyntaxFacts.IsPredefinedType(SyntaxFacts.GetKeywordKind(type.TrimEnd('[', ']', '?'))))
            && !SyntaxFactory.ParseTypeName(type).ContainsDiagnostics;
        return isType ? type : null;
    }
}
