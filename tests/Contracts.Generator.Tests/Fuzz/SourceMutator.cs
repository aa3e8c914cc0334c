using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Contracts.Generator.Tests.Fuzz;

/// <summary>
/// Turns a valid source file into what an editor holds halfway through an edit: tokens deleted or inserted, lines
/// duplicated or swapped, the file cut short, an identifier replaced by another. Deterministic: the same
/// <see cref="Random"/> sequence gives the same text, so an iteration number reproduces its input.
/// </summary>
internal static class SourceMutator
{
    // Tokens people type, or that error recovery handles badly: keywords that change a declaration's kind, brackets,
    // verbatim and Unicode identifiers, a very long name, preprocessor lines.
    private static readonly string[] Tricky =
    {
        "partial", "record", "struct", "class", "<", ">", "(", ")", "{", "}", "[", "]", ",", "?", "=", "\"", "@",
        "global::", "dynamic", "object", "int*", "unsafe", "static", "abstract", "file", "required", "init", "ref",
        "@record", "@class", "@event", "Größe", "注文番号", "\\u0041ccount", "Cafe\u0301", "x\U0001D49C", "a\u200Db",
        "[Message(\"fuzz.extra\")]", "[Publishes<OrderPlaced>]", "\n#if X\n", "\n#endif\n", "public", "enum", ";",
        "Version = 2", "[WireName(\"\")]", "[EnumFallback]", "IConsumer<", "string?", "= null", "=> default;",
    };

    public static (string Text, IReadOnlyList<string> Mutations) Mutate(string source, Random random)
    {
        var mutations = new List<string>();
        var text = source;
        var count = random.Next(1, 5);
        for (var i = 0; i < count && text.Length > 0; i++)
        {
            var (mutated, description) = MutateOnce(text, random);
            text = mutated;
            mutations.Add(description);
        }

        return (text, mutations);
    }

    private static (string, string) MutateOnce(string text, Random random)
    {
        switch (random.Next(6))
        {
            case 0: return DeleteTokens(text, random);
            case 1: return DuplicateLine(text, random);
            case 2: return SwapLines(text, random);
            case 3: return InsertToken(text, random);
            case 4:
                var cut = random.Next(text.Length);
                return (text.Substring(0, cut), $"truncate at {cut}");
            default: return ReplaceIdentifier(text, random);
        }
    }

    private static (string, string) DeleteTokens(string text, Random random)
    {
        var tokens = SyntaxFactory.ParseTokens(text).Where(t => t.Span.Length > 0).ToList();
        if (tokens.Count == 0)
        {
            return (text, "delete nothing");
        }

        var first = random.Next(tokens.Count);
        var last = Math.Min(tokens.Count - 1, first + random.Next(8));
        var start = tokens[first].SpanStart;
        var end = tokens[last].Span.End;
        return (text.Remove(start, end - start), $"delete {last - first + 1} token(s) at {start}: '{Show(text.Substring(start, end - start))}'");
    }

    private static (string, string) DuplicateLine(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var index = random.Next(lines.Count);
        lines.Insert(index, lines[index]);
        return (string.Join("\n", lines), $"duplicate line {index + 1}");
    }

    private static (string, string) SwapLines(string text, Random random)
    {
        var lines = text.Split('\n');
        var a = random.Next(lines.Length);
        var b = random.Next(lines.Length);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return (string.Join("\n", lines), $"swap lines {a + 1} and {b + 1}");
    }

    private static (string, string) InsertToken(string text, Random random)
    {
        var boundaries = SyntaxFactory.ParseTokens(text).Select(t => t.SpanStart).Append(text.Length).ToList();
        var at = boundaries[random.Next(boundaries.Count)];
        var token = random.Next(12) == 0 ? LongIdentifier(random) : Tricky[random.Next(Tricky.Length)];
        return (text.Insert(at, " " + token + " "), $"insert '{Show(token)}' at {at}");
    }

    private static string LongIdentifier(Random random)
    {
        var name = new StringBuilder("Long");
        var length = random.Next(300, 5000);
        while (name.Length < length)
        {
            name.Append((char)('a' + random.Next(26)));
        }

        return name.ToString();
    }

    private static (string, string) ReplaceIdentifier(string text, Random random)
    {
        var identifiers = SyntaxFactory.ParseTokens(text).Where(t => t.IsKind(SyntaxKind.IdentifierToken)).ToList();
        if (identifiers.Count < 2)
        {
            return (text, "replace nothing");
        }

        var target = identifiers[random.Next(identifiers.Count)];
        var replacement = identifiers[random.Next(identifiers.Count)].Text;
        return (text.Remove(target.SpanStart, target.Span.Length).Insert(target.SpanStart, replacement),
            $"replace '{target.Text}' at {target.SpanStart} with '{replacement}'");
    }

    private static string Show(string text) => text.Length > 60 ? text.Substring(0, 57) + "..." : text.Replace("\n", "\\n");
}
