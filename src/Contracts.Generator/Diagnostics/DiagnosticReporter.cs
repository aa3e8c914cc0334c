using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Contracts.Generator.Specs;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Diagnostics;

/// <summary>Turns diagnostic values back into Roslyn diagnostics.</summary>
internal static class DiagnosticReporter
{
    /// <summary>
    /// Reports at locations in the compilation's own syntax trees. A location rebuilt from a file path alone is an
    /// external-file location, which Roslyn never checks against <c>#pragma warning disable</c> or a per-file
    /// .editorconfig severity (dotnet/roslyn#68291): pass the compilation so that users can suppress these diagnostics.
    /// </summary>
    public static void Report(SourceProductionContext context, IEnumerable<DiagnosticInfo> diagnostics, Compilation? compilation)
    {
        // Built only when something is reported: a clean keystroke costs nothing here.
        Dictionary<string, SyntaxTree>? trees = null;
        foreach (var info in diagnostics)
        {
            trees ??= compilation?.SyntaxTrees.GroupBy(tree => tree.FilePath).ToDictionary(group => group.Key, group => group.First());
            var descriptor = DiagnosticDescriptors.Find(info.Id);
            var location = ToLocation(info.Location, trees);
            var arguments = info.Arguments.Cast<object>().ToArray();
            var properties = Properties(info);
            context.ReportDiagnostic(info.AsError
                ? Diagnostic.Create(descriptor, location, DiagnosticSeverity.Error, additionalLocations: null, properties, arguments)
                : Diagnostic.Create(descriptor, location, additionalLocations: null, properties, arguments));
        }
    }

    private static ImmutableDictionary<string, string?>? Properties(DiagnosticInfo info)
        => info.Properties.IsEmpty ? null : info.Properties.ToImmutableDictionary(p => p.Key, p => (string?)p.Value);

    private static Location ToLocation(LocationInfo? location, Dictionary<string, SyntaxTree>? trees)
    {
        if (location is null)
        {
            return Location.None;
        }

        return trees is not null && trees.TryGetValue(location.FilePath, out var tree) && location.Span.End <= tree.Length
            ? Location.Create(tree, location.Span)
            : location.ToLocation();
    }
}
