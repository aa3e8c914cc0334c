using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Contracts.Schema.Compatibility;
using Contracts.Schema.Manifest;

namespace Contracts.Schema.Gates;

/// <summary>How a project treats its lock: from <c>ContractsRequireLock</c>, <c>UpdateContractsLock</c> and whether the project has a place for one.</summary>
/// <param name="RequireLock">A missing lock is an error, not information.</param>
/// <param name="UpdateLock">Write the new lock (never over a breaking change).</param>
/// <param name="LockExpected">The project is built where a lock belongs (MSBuild with the package), so a missing one is worth saying.</param>
public sealed record LockSettings(bool RequireLock, bool UpdateLock, bool LockExpected);

/// <summary>The project's committed lock: its path (for error locations) and its text.</summary>
/// <param name="Path">Where the file is.</param>
/// <param name="Text">What it holds.</param>
public sealed record LockText(string Path, string Text);

/// <summary>What the evolution gate decided: its findings, and the lock text to write when an update was asked for and allowed.</summary>
/// <param name="Findings">In the order found.</param>
/// <param name="NewLockText">The text to write, or null when nothing is to be written.</param>
public sealed record EvolutionResult(EquatableArray<Finding> Findings, string? NewLockText);

/// <summary>
/// The evolution gate: checks what a project sends and reads today against its committed lock with the compatibility
/// engine, and writes the new lock when asked to. A breaking change is an error; a compatible one only says the lock
/// is out of date; an update never locks in a breaking change (bump the version instead).
/// </summary>
public static class EvolutionGate
{
    /// <summary>
    /// Checks <paramref name="project"/> against <paramref name="lockFile"/> (null when the project has none). With
    /// <paramref name="completeFleet"/> (the other services' manifests, declared to be all of them), what the project
    /// publishes is judged by what those consumers read (<see cref="ConsumerDrivenEvolution"/>); null keeps the modes.
    /// </summary>
    public static EvolutionResult Check(ProjectContracts project, LockSettings settings, LockText? lockFile, IReadOnlyList<ManifestFile>? completeFleet = null)
    {
        if (lockFile is null)
        {
            return WithoutLock(project, settings);
        }

        var read = ManifestReader.Read(lockFile.Path, lockFile.Text);
        if (read.Manifest is not { } locked)
        {
            // A lock that cannot be read is never overwritten: it may hold history that only a person can recover.
            return new EvolutionResult(read.Errors.Select(Findings.LockMalformed).ToEquatableArray(), null);
        }

        var findings = new List<Finding>();
        var breaking = CheckMessages(project, locked, settings.UpdateLock, completeFleet, findings);
        breaking |= CheckRemovals(project, locked, settings.UpdateLock, lockFile.Path, findings);

        // A declaration with an error in it would drop out of the new lock: no update until the build is clean.
        var newText = settings.UpdateLock && !breaking && project.IsSettled ? ManifestWriter.Write(LockUpdate.Merge(locked, project.ToManifest())) : null;
        return new EvolutionResult(findings.ToEquatableArray(), newText == lockFile.Text ? null : newText);
    }

    private static EvolutionResult WithoutLock(ProjectContracts project, LockSettings settings)
    {
        var count = project.Messages.Count;
        var findings = count > 0 && !settings.UpdateLock && settings.LockExpected
            ? new[] { Findings.LockMissing(project.Service, count, settings.RequireLock) }.ToEquatableArray()
            : EquatableArray<Finding>.Empty;
        return new EvolutionResult(findings, settings.UpdateLock && count > 0 && project.IsSettled ? ManifestWriter.Write(project.ToManifest()) : null);
    }

    /// <summary>Each current message against its locked history; true when one breaks it.</summary>
    private static bool CheckMessages(ProjectContracts project, ContractManifest locked, bool update, IReadOnlyList<ManifestFile>? completeFleet, List<Finding> findings)
    {
        var lockedByKey = new Dictionary<(string, int), ManifestMessage>();
        foreach (var message in locked.Messages)
        {
            lockedByKey[(message.Schema.Name, message.Schema.Version)] = message;
        }

        var breaking = false;
        foreach (var message in project.Messages)
        {
            var schema = message.Schema;
            var site = FindingSite.InMessage(schema.Name, schema.Version);
            if (Locked(lockedByKey, message) is not { } lockedMessage)
            {
                AddUnless(update, findings, Findings.LockOutOfDate($"'{schema.Name}' version {Number(schema.Version)} is not in contracts.lock.json yet", site));
                continue;
            }

            var violations = Against(lockedMessage, schema);
            var consumerBreaks = false;
            if (completeFleet is not null && message.Role != MessageRole.Consumes)
            {
                var judged = ConsumerDrivenEvolution.Judge(project, schema, violations, completeFleet);
                findings.AddRange(judged.Findings);
                consumerBreaks = judged.Breaks;
                violations = judged.Remaining;
            }

            foreach (var violation in violations)
            {
                findings.Add(Findings.BreakingChange(violation, schema, FindingSite.InMessage(schema.Name, schema.Version, violation.TopLevelMember)));
            }

            breaking |= consumerBreaks || violations.Count > 0;
            if (!consumerBreaks && violations.Count == 0 && !SameContract(lockedMessage, message))
            {
                AddUnless(update, findings, Findings.LockOutOfDate($"'{schema.Name}' version {Number(schema.Version)} differs from contracts.lock.json", site));
            }
        }

        return breaking;
    }

    /// <summary>The locked entry of the message: under its name, else (a rename not yet locked) under one of its aliases.</summary>
    private static ManifestMessage? Locked(Dictionary<(string, int), ManifestMessage> lockedByKey, ManifestMessage message)
    {
        var version = message.Schema.Version;
        foreach (var name in new[] { message.Schema.Name }.Concat(message.Aliases))
        {
            if (lockedByKey.TryGetValue((name, version), out var locked))
            {
                return locked;
            }
        }

        return null;
    }

    // Both sides have one name and version: labelled, so that a message tells the code from the lock.
    private static IReadOnlyList<Violation> Against(ManifestMessage locked, ContractSchema current)
    {
        var revisions = LockUpdate.LockedVersions(locked);
        return CompatibilityEngine.Check(
            current.Compatibility,
            current with { Label = $"{current.Display} in this build" },
            revisions.Select((s, i) => s with { Label = $"{s.Display} in contracts.lock.json" + (i < revisions.Count - 1 ? $" (revision {i + 1})" : string.Empty) }).ToList());
    }

    /// <summary>Locked messages the code no longer has; true when dropping one strands its consumers.</summary>
    private static bool CheckRemovals(ProjectContracts project, ContractManifest locked, bool update, string lockPath, List<Finding> findings)
    {
        var site = FindingSite.InFile(lockPath, 1, 1);
        var breaking = false;
        // A message renamed with its old name as an alias is still here under that name: not a removal.
        var current = project.Messages.SelectMany(m => new[] { m.Schema }.Concat(m.Aliases.Select(alias => m.Schema with { Name = alias })));
        var removals = CompatibilityEngine.CheckRemovals(locked.Messages.Select(m => (m.Schema, m.Role)), current);
        foreach (var removal in removals.Where(r => !project.MayBeUnsettled(r.Locked.Name, r.Locked.Version)))
        {
            if (removal.Breaking is { } violation)
            {
                breaking = true;
                findings.Add(Findings.BreakingChange(violation, removal.Locked, site));
            }
            else
            {
                AddUnless(update, findings, Findings.LockOutOfDate($"'{removal.Locked.Name}' version {Number(removal.Locked.Version)} is no longer consumed", site));
            }
        }

        return breaking;
    }

    /// <summary>Same name, wire shape (in canonical order), role, mode, aliases and upcasters: nothing for the lock to record.</summary>
    private static bool SameContract(ManifestMessage locked, ManifestMessage current)
        => locked.Role == current.Role
           && locked.Schema.Name == current.Schema.Name
           && locked.Aliases.Equals(current.Aliases)
           && locked.UpcastFrom.Equals(current.UpcastFrom)
           && locked.Schema.Compatibility == current.Schema.Compatibility
           && LockUpdate.Shape(locked.Schema) == LockUpdate.Shape(current.Schema);

    // An update accepts compatible changes, so it does not also ask for one.
    private static void AddUnless(bool update, List<Finding> findings, Finding finding)
    {
        if (!update)
        {
            findings.Add(finding);
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
