using System;
using System.Linq;
using Contracts.Generator.Gates;
using Microsoft.CodeAnalysis;

namespace Contracts.CodeFixes.Infrastructure;

/// <summary>
/// The project's own <c>contracts.lock.json</c> as a document of the workspace, chosen by the generator's own rule
/// (<see cref="GateOptions.IsOwnLock"/>, first by path), so that a fix edits the file the gate read.
/// </summary>
internal static class ProjectLock
{
    /// <summary>The lock's document, or null when the project has no lock among its additional files.</summary>
    public static TextDocument? Find(Project project)
    {
        var options = project.AnalyzerOptions;
        var path = options.AdditionalFiles
            .Where(file => GateOptions.IsOwnLock(file, options.AnalyzerConfigOptionsProvider))
            .Select(file => file.Path)
            .OrderBy(p => p, StringComparer.Ordinal)
            .FirstOrDefault();
        return path is null ? null : project.AdditionalDocuments.FirstOrDefault(document => document.FilePath == path);
    }
}
