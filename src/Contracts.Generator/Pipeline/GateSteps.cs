using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Contracts.Generator.Gates;
using Contracts.Generator.Specs;
using Contracts.Schema;
using Contracts.Schema.Gates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Contracts.Generator;

/// <summary>
/// The steps of the evolution and cross-service gates: the project's contracts, its committed lock and other services'
/// manifests in; the schema library's decisions, placed in the sources, out.
/// </summary>
internal static class GateSteps
{
    public static GateSettings Settings(AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken) => GateOptions.Read(options.GlobalOptions);

    public static bool IsOwnLock((AdditionalText File, AnalyzerConfigOptionsProvider Options) pair) => GateOptions.IsOwnLock(pair.File, pair.Options);

    public static bool IsManifest((AdditionalText File, AnalyzerConfigOptionsProvider Options) pair) => GateOptions.IsManifest(pair.File, pair.Options);

    public static LockText ReadLock((AdditionalText File, AnalyzerConfigOptionsProvider Options) pair, CancellationToken cancellationToken)
        => new(pair.File.Path, pair.File.GetText(cancellationToken)?.ToString() ?? string.Empty);

    /// <summary>The project's own lock; of two (which the package never passes), the first by path.</summary>
    public static LockText? OneLock(ImmutableArray<LockText> all, CancellationToken cancellationToken)
        => all.OrderBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault();

    public static ManifestFile ReadManifest((AdditionalText File, AnalyzerConfigOptionsProvider Options) pair, CancellationToken cancellationToken)
        => ManifestFile.Read(pair.File.Path, pair.File.GetText(cancellationToken)?.ToString());

    public static EquatableArray<ManifestFile> SortedManifests(ImmutableArray<ManifestFile> all, CancellationToken cancellationToken)
        => all.OrderBy(m => m.Path, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>Every contract type and enum this project declares, where they are, and which could not be read.</summary>
    public static LocalContracts Local(ImmutableArray<MessageParseResult> all, CancellationToken cancellationToken)
        => new(
            all.SelectMany(r => r.Message is null ? r.NestedTypes : r.NestedTypes.Prepend(r.Message)).Distinct().OrderBy(t => t.Declaration.FullyQualifiedName, StringComparer.Ordinal).ToEquatableArray(),
            all.SelectMany(r => r.Enums).Distinct().OrderBy(e => e.TypeName, StringComparer.Ordinal).ToEquatableArray(),
            all.Where(r => r.Locations is not null).Select(r => r.Locations!).OrderBy(l => l.TypeName, StringComparer.Ordinal).ToEquatableArray(),
            all.Where(r => r.Message is null).Select(r => r.Identity with { Location = null }).Distinct()
                .OrderBy(i => i.TypeName, StringComparer.Ordinal).ThenBy(i => i.Name, StringComparer.Ordinal).ThenBy(i => i.Version).ToEquatableArray());

    public static EquatableArray<MessageUsage> PublisherUsages(PublisherParseResult result, CancellationToken cancellationToken) => result.Usages;

    public static ConsumerUse ConsumerUsages(ConsumerParseResult result, CancellationToken cancellationToken) => new(result.Usages, result.Upcasts);

    /// <summary>Where the project publishes and consumes each message (through upcasters too), in one order.</summary>
    public static ProjectUsages Usages((ImmutableArray<EquatableArray<MessageUsage>> Publishers, ImmutableArray<ConsumerUse> Consumers) input, CancellationToken cancellationToken)
        => ProjectUsages.Of(input.Publishers.Concat(input.Consumers.Select(c => c.Usages)).SelectMany(u => u), input.Consumers.SelectMany(c => c.Upcasts));

    public static LocalProject Project(((((LocalContracts Local, ProjectUsages Usages), GateSettings Settings), string Service), ReferencedContracts Referenced) input, CancellationToken cancellationToken)
    {
        var ((((local, usages), settings), service), referenced) = input;
        return LocalProject.Build(service, settings.ProjectMode, usages, local, referenced);
    }

    public static GateResult Evolution((((LocalProject Project, GateSettings Settings) Left, LockText? Lock) Left, EquatableArray<ManifestFile> Manifests) input, CancellationToken cancellationToken)
    {
        var (((project, settings), lockText), manifests) = input;
        return Guard.Run("contracts.lock.json", null, () =>
        {
            var result = EvolutionGate.Check(project.Contracts, settings.Lock, lockText, settings.FleetComplete ? manifests : null);
            return new GateResult(project.Place(result.Findings), result.NewLockText);
        }, Failed);
    }

    public static GateResult CrossService((LocalProject Project, EquatableArray<ManifestFile> Manifests) input, CancellationToken cancellationToken)
        => Guard.Run("the contract manifests", null, () => new GateResult(input.Project.Place(CrossServiceGate.Check(input.Project.Contracts, input.Manifests)), null), Failed);

    /// <summary>
    /// The producer schemas the cross-service gate accepted for what this project consumes, which the dispatcher hands to
    /// the runtime's drift check; null when the build has no manifests (then there is nothing to compare with).
    /// </summary>
    public static EquatableArray<CheckedProducer>? CheckedSchemas((LocalProject Project, EquatableArray<ManifestFile> Manifests) input, CancellationToken cancellationToken)
        => input.Manifests.IsEmpty ? null : CrossServiceGate.CheckedProducers(input.Project.Contracts, input.Manifests);

    /// <summary>Both gates' diagnostics, and the evolution gate's lock.</summary>
    public static GateResult Both((GateResult Evolution, GateResult CrossService) input, CancellationToken cancellationToken)
        => input.Evolution with { Diagnostics = input.Evolution.Diagnostics.Concat(input.CrossService.Diagnostics).ToEquatableArray() };

    private static GateResult Failed(DiagnosticInfo failure) => new(new EquatableArray<DiagnosticInfo>(new[] { failure }), null);
}
