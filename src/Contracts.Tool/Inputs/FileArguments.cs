using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

using Contracts.Tool.Cli;

namespace Contracts.Tool.Inputs;

/// <summary>
/// The files named on the command line: plain paths, and globs (<c>*</c>, <c>?</c>, <c>**</c> for any folders) for
/// shells that do not expand them (a quoted pattern, Windows). A glob that matches nothing is unusable input: a CI step
/// that checks no file must not pass.
/// </summary>
internal static class FileArguments
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments, string workingFolder)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (argument.IndexOfAny(new[] { '*', '?' }) < 0)
            {
                files.Add(argument);
                continue;
            }

            var matches = Glob(argument, workingFolder);
            if (matches.Count == 0)
            {
                throw new UnusableInputException($"'{argument}' matches no file");
            }

            files.AddRange(matches);
        }

        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    private static List<string> Glob(string pattern, string workingFolder)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        var fixedPart = segments.TakeWhile(s => s.IndexOfAny(new[] { '*', '?' }) < 0).ToList();
        var root = Path.GetFullPath(Path.Combine(workingFolder, fixedPart.Count == 0 ? "." : string.Join("/", fixedPart) + "/"));
        if (!Directory.Exists(root))
        {
            return new List<string>();
        }

        var regex = new Regex("^" + ToRegex(segments.Skip(fixedPart.Count)) + "$", RegexOptions.CultureInvariant);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(file => regex.IsMatch(Path.GetRelativePath(root, file).Replace('\\', '/')))
            .OrderBy(file => file, StringComparer.Ordinal)
            .ToList();
    }

    // "**" is any number of folders; "*" and "?" stay inside one name.
    private static string ToRegex(IEnumerable<string> segments)
        => string.Join("/", segments.Select(s => s == "**" ? "\u0000" : Regex.Escape(s).Replace(@"\*", "[^/]*").Replace(@"\?", "[^/]")))
            .Replace("\u0000/", "(?:[^/]+/)*").Replace("\u0000", ".*");
}
