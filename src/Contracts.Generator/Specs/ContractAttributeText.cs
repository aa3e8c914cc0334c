using System;
using System.Collections.Generic;
using System.Linq;
using Contracts.Schema;

namespace Contracts.Generator.Specs;

/// <summary>
/// The one place schemas are text inside a build: the <c>ContractType</c> and <c>ContractEnum</c> assembly attributes
/// that generated code carries, so that a compilation referencing the assembly knows its contracts without reading its
/// source. One line per member: wire name, the manifest's type text (qualified names), 1 when required.
/// </summary>
internal static class ContractAttributeText
{
    public static string Members(ObjectSchema type)
        => string.Join("\n", type.Members.Select(m => m.WireName + "\t" + SchemaTypeText.Format(m.Type) + "\t" + (m.Required ? "1" : "0")));

    public static string EnumMembers(EnumSchema type) => string.Join("\n", type.Members);

    /// <summary>The members <paramref name="text"/> describes, or null with what is wrong in <paramref name="error"/>.</summary>
    public static EquatableArray<MemberSchema>? ParseMembers(string text, out string? error)
    {
        var members = new List<MemberSchema>();
        foreach (var line in Lines(text))
        {
            var parts = line.Split('\t');
            string? typeError = null;
            var type = parts.Length == 3 ? SchemaTypeText.TryParse(parts[1], out typeError, out _) : null;
            if (type is null || parts[0].Length == 0 || parts[2] is not ("0" or "1"))
            {
                error = "cannot read the member \"" + line + "\"" + (typeError is null ? string.Empty : ": " + typeError);
                return null;
            }

            members.Add(new MemberSchema(parts[0], type, parts[2] == "1"));
        }

        error = null;
        return members.ToEquatableArray();
    }

    public static EquatableArray<string> ParseEnumMembers(string text) => Lines(text).ToEquatableArray();

    private static string[] Lines(string text) => text.Length == 0 ? Array.Empty<string>() : text.Split('\n');
}
