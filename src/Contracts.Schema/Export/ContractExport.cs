using System;
using System.Collections.Generic;
using System.Linq;
using Contracts.Schema.Manifest;

namespace Contracts.Schema.Export;

/// <summary>One exported document: where it goes, relative to the export folder (always with '/'), and its text.</summary>
public sealed record ExportedDocument(string Path, string Text);

/// <summary>
/// Everything a service's contracts export to for other languages, from its manifest (a project's own contracts in
/// the build, or any lock or manifest for the <c>contracts</c> tool): a JSON Schema 2020-12 document per message
/// version, the service's AsyncAPI 3.0 document and its TypeScript module. Pure and deterministic: equal manifests
/// give byte-identical documents, whatever the order of their messages.
/// </summary>
public static class ContractExport
{
    /// <summary>The documents of <paramref name="manifest"/>, sorted by path; none when the service has no messages.</summary>
    public static IReadOnlyList<ExportedDocument> Documents(ContractManifest manifest, ExportOptions options)
    {
        if (manifest.Messages.IsEmpty)
        {
            return Array.Empty<ExportedDocument>();
        }

        var documents = manifest.Messages
            .Select(m => new ExportedDocument(ExportNames.JsonSchemaFile(m.Schema.Name, m.Schema.Version), JsonSchemaExporter.Export(m, manifest.Service)))
            .Append(new ExportedDocument(ExportNames.AsyncApiFile(manifest.Service), AsyncApiExporter.Export(manifest, options)))
            .Append(new ExportedDocument(ExportNames.TypeScriptFile(manifest.Service), TypeScriptExporter.Export(manifest, options)));
        return documents.OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
    }
}
