using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Contracts.Generator.Specs;

using Contracts.Schema;

namespace Contracts.Generator.Emitting;

/// <summary>
/// File names for generated sources. Roslyn accepts only some characters in a hint name and compares hint names
/// ignoring case, and one clash fails the whole generator (CS8785), so names are made from the type's qualified name
/// with the other characters escaped, and made unique over all the files of one kind at once: two types whose names
/// differ only in case, or only where escaping loses information, each get a hash of their exact name.
/// </summary>
internal static class HintNames
{
    // Long enough to read, short enough for every file system when generated files are written to disk.
    private const int MaxReadableLength = 120;

    /// <summary>
    /// The names among <paramref name="qualifiedNames"/> that would share a hint name with another (Roslyn compares hint
    /// names ignoring case): usually none. Computed once over every name of one kind, so that each file's own step
    /// depends only on this small set, not on every other file.
    /// </summary>
    public static EquatableArray<string> Clashes(IEnumerable<string> qualifiedNames)
        => qualifiedNames
            .Distinct(StringComparer.Ordinal)
            .GroupBy(Readable, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Skip(1).Any())
            .SelectMany(group => group)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToEquatableArray();

    /// <summary><c>{readable name}{suffix}</c>, with a hash of the exact name when it is one of <paramref name="clashes"/>.</summary>
    public static string For(string qualifiedName, string suffix, EquatableArray<string> clashes)
        => Readable(qualifiedName) + (clashes.Contains(qualifiedName) ? "." + StableHash.Of(qualifiedName) : string.Empty) + suffix;

    /// <summary>
    /// Equal items (a type reached twice) are one file; distinct items that claim one exact name (which the compiler
    /// reports as a conflict) get none, since a choice between them would depend on the order of the files.
    /// </summary>
    public static IEnumerable<T> Unique<T>(IEnumerable<T> items, Func<T, string> qualifiedName)
        where T : IEquatable<T>
        => items.Distinct()
            .GroupBy(qualifiedName, StringComparer.Ordinal)
            .Where(group => !group.Skip(1).Any())
            .Select(group => group.First())
            .OrderBy(qualifiedName, StringComparer.Ordinal);

    /// <summary>
    /// The qualified name without <c>global::</c> or <c>@</c>, with <c>&lt;&gt;</c> as <c>{}</c>, letters, digits, '.', '_'
    /// and ',' kept and every other character as <c>_uXXXX</c>; a long name is cut and completed with its hash.
    /// </summary>
    public static string Readable(string qualifiedName)
    {
        var name = qualifiedName.Replace("global::", string.Empty);
        var text = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if ((char.IsLetterOrDigit(c) && !char.IsSurrogate(c)) || c is '.' or '_' or ',')
            {
                text.Append(c);
            }
            else if (c is '<' or '>')
            {
                text.Append(c == '<' ? '{' : '}');
            }
            else if (c is not ('@' or ' '))
            {
                text.Append("_u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.Length <= MaxReadableLength ? text.ToString() : text.ToString(0, MaxReadableLength) + "." + StableHash.Of(name);
    }
}
