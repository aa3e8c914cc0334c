using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Contracts.Generator.Specs;

/// <summary>A value-equal stand-in for <see cref="Location"/>, which holds a syntax tree and would pin it in the cache.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(Location? location)
    {
        if (location is null || location.SourceTree is null)
        {
            return null;
        }

        return new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }

    public static LocationInfo? From(SyntaxNode? node) => From(node?.GetLocation());

    /// <summary>A 1-based line and column in a non-source file (a lock or manifest), as MSBuild prints it.</summary>
    public static LocationInfo InFile(string path, int line, int column)
    {
        var position = new LinePosition(System.Math.Max(0, line - 1), System.Math.Max(0, column - 1));
        return new LocationInfo(path, new TextSpan(0, 0), new LinePositionSpan(position, position));
    }
}
