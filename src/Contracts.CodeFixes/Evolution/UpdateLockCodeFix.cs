using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Contracts.CodeFixes.Infrastructure;
using Contracts.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Contracts.CodeFixes.Evolution;

/// <summary>
/// CTR0101: the change is compatible and only the lock is behind. The fix writes the lock that
/// <c>dotnet build -p:UpdateContractsLock=true</c> would write, asking the generator itself for it, into the project's
/// <c>contracts.lock.json</c>. Offered only when the lock is an additional file of the project (the package makes it
/// one when it exists); otherwise the diagnostic's own text says what to run. One update fixes every CTR0101 of a
/// project, so Fix All updates each project's lock once.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UpdateLockCodeFix)), Shared]
public sealed class UpdateLockCodeFix : CodeFixProvider
{
    /// <summary>The title.</summary>
    public const string Title = "Update contracts.lock.json";

    private const string EquivalenceKey = "Contracts.UpdateLock";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.LockOutOfDate.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => new PerProject();

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var project = context.Document.Project;
        if (ProjectLock.Find(project) is not null)
        {
            context.RegisterCodeFix(CodeAction.Create(Title, ct => UpdateAsync(project.Solution, new[] { project.Id }, ct), EquivalenceKey), context.Diagnostics);
        }

        return Task.CompletedTask;
    }

    /// <summary>The solution with each project's lock replaced by the one the generator writes for it.</summary>
    private static async Task<Solution> UpdateAsync(Solution solution, IEnumerable<ProjectId> projects, CancellationToken cancellationToken)
    {
        var updated = solution;
        foreach (var id in projects)
        {
            if (solution.GetProject(id) is not { } project || ProjectLock.Find(project) is not { } lockDocument)
            {
                continue;
            }

            // Null when the generator would write none (a breaking change is pending): the lock stays as it is.
            var verdict = await GeneratorRun.RunAsync(project, cancellationToken).ConfigureAwait(false);
            if (verdict.LockText is { } text)
            {
                updated = updated.WithAdditionalDocumentText(lockDocument.Id, SourceText.From(text));
            }
        }

        return updated;
    }

    /// <summary>Fix All: one update per project that has the diagnostic in the chosen scope.</summary>
    private sealed class PerProject : FixAllProvider
    {
        public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
        {
            var projects = fixAllContext.Scope == FixAllScope.Solution
                ? fixAllContext.Solution.ProjectIds.ToList()
                : new List<ProjectId> { fixAllContext.Project.Id };
            return Task.FromResult<CodeAction?>(CodeAction.Create(Title, ct => UpdateAsync(fixAllContext.Solution, projects, ct), EquivalenceKey));
        }
    }
}
