using System;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Contracts.Generator.Gates;

/// <summary>Reads the gate's MSBuild settings and tells the project's own lock from other services' manifests.</summary>
internal static class GateOptions
{
    public const string LockFileName = "contracts.lock.json";

    public static GateSettings Read(AnalyzerConfigOptions options)
        => new(
            Property(options, "ContractsCompatibility"),
            IsTrue(Property(options, "ContractsRequireLock")),
            IsTrue(Property(options, "UpdateContractsLock")),
            Property(options, "ContractsLockFile"),
            IsTrue(Property(options, "ContractsFleetComplete")));

    /// <summary>
    /// The package marks the project's own lock with <c>ContractsKind="Lock"</c> and other services' manifests with
    /// <c>"Manifest"</c>; a file without the mark counts as the lock when it has the lock's name.
    /// </summary>
    public static bool IsOwnLock(AdditionalText file, AnalyzerConfigOptionsProvider provider)
    {
        var options = provider.GetOptions(file);
        if (options.TryGetValue("build_metadata.AdditionalFiles.ContractsKind", out var kind) && !string.IsNullOrEmpty(kind))
        {
            return string.Equals(kind, "Lock", StringComparison.OrdinalIgnoreCase);
        }

        return string.Equals(Path.GetFileName(file.Path), LockFileName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Another service's manifest: <c>&lt;ContractManifest Include="..." /&gt;</c>, passed on by the package's targets.</summary>
    public static bool IsManifest(AdditionalText file, AnalyzerConfigOptionsProvider provider)
        => provider.GetOptions(file).TryGetValue("build_metadata.AdditionalFiles.ContractsKind", out var kind)
           && string.Equals(kind, "Manifest", StringComparison.OrdinalIgnoreCase);

    private static string? Property(AnalyzerConfigOptions options, string name)
        => options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
