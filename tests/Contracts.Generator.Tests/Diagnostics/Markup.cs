using System;
using Microsoft.CodeAnalysis.Text;

namespace Contracts.Generator.Tests.Diagnostics;

/// <summary>
/// Test source with the expected diagnostic span marked as <c>[|...|]</c>: the markers are stripped before compiling
/// and their position becomes the span the diagnostic must cover.
/// </summary>
internal sealed record Markup(string Source, TextSpan Span, LinePositionSpan LineSpan)
{
    private const string Open = "[|";
    private const string Close = "|]";

    public static Markup Parse(string marked)
    {
        var start = marked.IndexOf(Open, StringComparison.Ordinal);
        var end = marked.IndexOf(Close, start + Open.Length, StringComparison.Ordinal);
        if (start < 0 || end < 0 || marked.IndexOf(Open, end, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException("Mark exactly one span with [|...|].", nameof(marked));
        }

        var source = marked.Remove(end, Close.Length).Remove(start, Open.Length);
        var span = TextSpan.FromBounds(start, end - Open.Length);
        return new Markup(source, span, SourceText.From(source).Lines.GetLinePositionSpan(span));
    }
}
