using System;
using System.Linq;
using Contracts.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Diagnostics;

/// <summary>Turns diagnostic values back into Roslyn diagnostics, and turns a generator bug into CTR9999.</summary>
internal static class DiagnosticReporter
{
    public static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var info in diagnostics)
        {
            var descriptor = DiagnosticDescriptors.Find(info.Id);
            context.ReportDiagnostic(Diagnostic.Create(descriptor, info.Location?.ToLocation() ?? Location.None, info.Arguments.Cast<object>().ToArray()));
        }
    }

    public static DiagnosticInfo Failure(string subject, Exception exception, LocationInfo? location)
        => DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, location, subject, Describe(exception));

    /// <summary>
    /// Runs an emit step; an exception becomes CTR9999 instead of escaping, because an escaping exception (CS8785)
    /// silently drops every file the generator would have added and leaves users with confusing follow-on errors.
    /// </summary>
    public static void Guard(SourceProductionContext context, string subject, Action action)
    {
        try
        {
            action();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.GeneratorFailure, Location.None, subject, Describe(exception)));
        }
    }

    private static string Describe(Exception exception)
    {
        var frame = exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? string.Empty;
        return exception.GetType().Name + ": " + exception.Message + (frame.Length > 0 ? " (" + frame + ")" : string.Empty);
    }
}
