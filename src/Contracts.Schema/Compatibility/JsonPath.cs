using System;

namespace Contracts.Schema.Compatibility;

/// <summary>Builds the JSON paths that locate a violation. Quoted segments keep odd wire names unambiguous.</summary>
internal static class JsonPath
{
    public const string Root = "$";

    public static string Member(string parent, string wireName) =>
        IsPlain(wireName) ? parent + "." + wireName : parent + "['" + wireName.Replace("\\", "\\\\").Replace("'", "\\'") + "']";

    public static string ArrayItem(string parent) => parent + "[]";

    public static string MapValue(string parent) => parent + "{}";

    /// <summary>The first member name after <c>$</c>, unquoted; "" for the root.</summary>
    public static string FirstSegment(string path)
    {
        if (path.StartsWith("$.", StringComparison.Ordinal))
        {
            var end = 2;
            while (end < path.Length && path[end] is not ('.' or '[' or '{'))
            {
                end++;
            }

            return path.Substring(2, end - 2);
        }

        return path.StartsWith("$['", StringComparison.Ordinal) ? Unquote(path, 3) : "";
    }

    /// <summary>The quoted name that starts at <paramref name="start"/>, with its escapes undone, up to its closing quote.</summary>
    private static string Unquote(string path, int start)
    {
        var text = new System.Text.StringBuilder();
        for (var i = start; i < path.Length; i++)
        {
            if (path[i] == '\\' && i + 1 < path.Length)
            {
                text.Append(path[++i]);
            }
            else if (path[i] == '\'')
            {
                break;
            }
            else
            {
                text.Append(path[i]);
            }
        }

        return text.ToString();
    }

    private static bool IsPlain(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
