using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Contracts.Benchmarks.Generator;

/// <summary>
/// What a real build compiles against: the SDK's reference pack for net10.0, plus Contracts.Abstractions and the
/// Microsoft.Extensions abstractions that generated code names. Offline.
/// </summary>
internal static class ReferenceAssemblies
{
    public static ImmutableArray<MetadataReference> Load()
    {
        var framework = Directory.GetFiles(Path.Combine(NewestPack(), "ref", "net10.0"), "*.dll");
        var runtime = new[]
        {
            typeof(MessageAttribute).Assembly.Location,
            typeof(Microsoft.Extensions.DependencyInjection.IServiceCollection).Assembly.Location,
            typeof(Microsoft.Extensions.Hosting.IHostedService).Assembly.Location,
            typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location,
        };
        return framework.Concat(runtime).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
    }

    /// <summary>packs/Microsoft.NETCore.App.Ref/&lt;newest 10.x&gt; of the running dotnet.</summary>
    public static string NewestPack()
    {
        // The runtime lives in <dotnet>/shared/Microsoft.NETCore.App/<version>/.
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        return Directory.GetDirectories(packs, "10.*")
            .OrderByDescending(dir => Version.TryParse(Path.GetFileName(dir).Split('-')[0], out var v) ? v : new Version(0, 0))
            .FirstOrDefault()
            ?? throw new DirectoryNotFoundException($"no .NET 10 reference pack under {packs}");
    }
}
