using System.Threading;
using Contracts.Generator.Emitting;
using Contracts.Generator.Gates;
using Contracts.Schema.Export;
using Contracts.Schema.Manifest;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Contracts.Generator;

/// <summary>What <c>-p:ContractsExport=true</c> asks for: whether to export, and the topology the documents name.</summary>
internal sealed record ExportSettings(bool Enabled, string? Exchange, string? QueuePrefix, string? Version);

/// <summary>The project's manifest and the options to export it with (both value-equal, for the cache).</summary>
internal sealed record ExportRequest(ContractManifest Manifest, ExportOptions Options);

/// <summary>The export step: the project's contracts as JSON Schema, AsyncAPI and TypeScript, when the build asks for them.</summary>
internal static class ExportSteps
{
    public static ExportSettings Settings(AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var global = options.GlobalOptions;
        string? Property(string name) => global.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
        return new ExportSettings(
            string.Equals(Property("ContractsExport"), "true", System.StringComparison.OrdinalIgnoreCase),
            Property("ContractsExportExchange"),
            Property("ContractsExportQueuePrefix"),
            Property("Version"));
    }

    /// <summary>
    /// What to export, or null when the build does not ask for it: then an edit to the contracts changes nothing here
    /// and the output does not run again.
    /// </summary>
    public static ExportRequest? Request((ExportSettings Settings, LocalProject Project) input, CancellationToken cancellationToken)
    {
        var (settings, project) = input;
        if (!settings.Enabled)
        {
            return null;
        }

        var defaults = new ExportOptions();
        var options = new ExportOptions
        {
            Exchange = settings.Exchange ?? defaults.Exchange,
            QueuePrefix = settings.QueuePrefix ?? defaults.QueuePrefix,
            ServiceVersion = settings.Version ?? defaults.ServiceVersion,
        };
        return new ExportRequest(project.Contracts.ToManifest(), options);
    }

    public static void Emit(SourceProductionContext context, ExportRequest? request)
    {
        if (request is not null)
        {
            Guard.Run(context, "the export", () => context.AddSource(ExportEmitter.HintName, ExportEmitter.Emit(ContractExport.Documents(request.Manifest, request.Options))));
        }
    }
}
