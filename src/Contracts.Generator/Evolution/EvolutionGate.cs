using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Contracts.Schema.Compatibility;
using Contracts.Generator.Diagnostics;
using Contracts.Schema.Manifest;
using Contracts.Generator.Model;

using Contracts.Schema;

namespace Contracts.Generator.Evolution;

/// <summary>
/// The evolution gate: checks what the code sends and reads today against the committed contracts.lock.json with the
/// compatibility engine, and writes the new lock text when asked to (<c>-p:UpdateContractsLock=true</c>).
/// A breaking change is an error; a compatible one only says the lock is out of date; an update never locks in a
/// breaking change (bump the version instead).
/// </summary>
internal static class EvolutionGate
{
    public static EvolutionResult Run(ProjectContracts project, EvolutionSettings settings, LockFile? lockFile)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var current = project.Messages;
        var manifest = project.ToManifest();
        var update = settings.UpdateLock;

        if (lockFile is null)
        {
            if (current.Count > 0 && !update && settings.LockFilePath is not null)
            {
                diagnostics.Add(new DiagnosticInfo(
                    DiagnosticDescriptors.LockMissing.Id,
                    null,
                    new EquatableArray<string>(new[] { project.ServiceName, current.Count.ToString(CultureInfo.InvariantCulture) }),
                    AsError: settings.RequireLock));
            }

            return Result(diagnostics, update && current.Count > 0 ? ManifestWriter.Write(manifest) : null);
        }

        var read = ManifestReader.Read(lockFile.Path, lockFile.Text);
        if (read.Manifest is not { } locked)
        {
            // A lock that cannot be read is never overwritten: it may hold history that only a person can recover.
            foreach (var error in read.Errors)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LockMalformed, LocationInfo.InFile(lockFile.Path, error.Line, error.Column), error.ToString()));
            }

            return Result(diagnostics, null);
        }

        var lockedByKey = locked.Messages.ToDictionary(m => (m.Schema.Name, m.Schema.Version));
        var breaking = false;
        foreach (var message in current)
        {
            var schema = message.Entry.Schema;
            if (!lockedByKey.TryGetValue((schema.Name, schema.Version), out var lockedMessage))
            {
                if (!update)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LockOutOfDate, project.TypeLocation(message),
                        $"'{schema.Name}' version {schema.Version.ToString(CultureInfo.InvariantCulture)} is not in contracts.lock.json yet"));
                }

                continue;
            }

            // Both sides have one name and version: label them so a message tells the code from the lock.
            var revisions = LockUpdate.LockedVersions(lockedMessage);
            var violations = CompatibilityEngine.Check(
                schema.Compatibility,
                schema with { Label = $"{schema.Display} in this build" },
                revisions.Select((s, i) => s with { Label = $"{s.Display} in contracts.lock.json" + (i < revisions.Count - 1 ? $" (revision {i + 1})" : string.Empty) }).ToList());
            foreach (var violation in violations)
            {
                breaking = true;
                diagnostics.Add(Breaking(violation, schema, project.MemberLocation(message, violation.TopLevelMember)));
            }

            if (violations.Count == 0 && !update && !SameContract(lockedMessage, message.Entry))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LockOutOfDate, project.TypeLocation(message),
                    $"'{schema.Name}' version {schema.Version.ToString(CultureInfo.InvariantCulture)} differs from contracts.lock.json"));
            }
        }

        foreach (var removal in Removals(locked, project))
        {
            breaking |= removal.Id == DiagnosticDescriptors.BreakingChange.Id;
            if (!update || removal.Id == DiagnosticDescriptors.BreakingChange.Id)
            {
                diagnostics.Add(removal with { Location = LocationInfo.InFile(lockFile.Path, 1, 1) });
            }
        }

        // A type with an error in it would drop out of the new lock: no update until the build is clean.
        var newText = update && !breaking && project.IsSettled ? ManifestWriter.Write(LockUpdate.Merge(locked, manifest)) : null;
        return Result(diagnostics, newText == lockFile.Text ? null : newText);
    }

    /// <summary>
    /// A locked message the code no longer uses. Dropping one you published strands its consumers (an error);
    /// no longer consuming one breaks nobody, so it only makes the lock out of date.
    /// </summary>
    private static IEnumerable<DiagnosticInfo> Removals(ContractManifest locked, ProjectContracts project)
    {
        var current = project.Messages;
        var present = new HashSet<(string, int)>(current.Select(c => (c.Entry.Schema.Name, c.Entry.Schema.Version)));
        foreach (var gone in locked.Messages.Where(m => !present.Contains((m.Schema.Name, m.Schema.Version)) && !project.MayBeUnsettled(m.Schema.Name, m.Schema.Version)))
        {
            var schema = gone.Schema;
            var version = schema.Version.ToString(CultureInfo.InvariantCulture);
            if (gone.Role == MessageRole.Consumes)
            {
                yield return DiagnosticInfo.Create(DiagnosticDescriptors.LockOutOfDate, (LocationInfo?)null, $"'{schema.Name}' version {version} is no longer consumed");
                continue;
            }

            var sameName = current.Any(c => c.Entry.Schema.Name == schema.Name);
            var rule = sameName ? RuleIds.VersionRemoved : RuleIds.MessageRemoved;
            var detail = $"this project published '{schema.Name}' version {version} and no longer does; consumers still running wait for it";
            yield return DiagnosticInfo.Create(
                DiagnosticDescriptors.BreakingChange, (LocationInfo?)null, rule, detail, schema.Name, version, schema.Compatibility.ToString(), version);
        }
    }

    private static DiagnosticInfo Breaking(Violation violation, ContractSchema schema, LocationInfo? location)
        => DiagnosticInfo.Create(
            DiagnosticDescriptors.BreakingChange,
            location,
            violation.RuleId,
            violation.Message.TrimEnd('.') + (violation.Path.Length > 1 ? $" (at {violation.Path})" : string.Empty),
            schema.Name,
            schema.Version.ToString(CultureInfo.InvariantCulture),
            schema.Compatibility.ToString(),
            (schema.Version + 1).ToString(CultureInfo.InvariantCulture));

    /// <summary>Same wire shape (in canonical order), role and mode: nothing for the lock to record.</summary>
    private static bool SameContract(ManifestMessage locked, ManifestMessage current)
        => locked.Role == current.Role
           && locked.Schema.Compatibility == current.Schema.Compatibility
           && LockUpdate.Shape(locked.Schema) == LockUpdate.Shape(current.Schema);

    private static EvolutionResult Result(List<DiagnosticInfo> diagnostics, string? newLock) => new(diagnostics.ToEquatableArray(), newLock);
}
