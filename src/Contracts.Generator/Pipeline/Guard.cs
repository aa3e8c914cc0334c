using System;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Specs;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator;

/// <summary>
/// The one guard around everything the pipeline runs: a parser, a gate or an emitter that throws yields CTR9999 (at
/// the declaration it was working on, when there is one) instead of taking the generator down, because an escaping
/// exception (CS8785) silently drops every file the generator would have added. Cancellation passes through.
/// </summary>
internal static class Guard
{
    public static T Run<T>(string subject, LocationInfo? location, Func<T> work, Func<DiagnosticInfo, T> failed)
    {
        try
        {
            return work();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return failed(Diagnose.Failure(subject, exception, location));
        }
    }

    /// <summary>An output step: a failure is reported on <paramref name="context"/> and the other outputs are kept.</summary>
    public static void Run(SourceProductionContext context, string subject, Action work)
        => Run(subject, null, () => { work(); return true; }, failure => { DiagnosticReporter.Report(context, new[] { failure }, null); return false; });
}
