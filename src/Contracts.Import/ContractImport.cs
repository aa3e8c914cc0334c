using System.Collections.Generic;
using Contracts.Schema.Manifest;

namespace Contracts.Import;

/// <summary>
/// Reads another language's contract into a <see cref="ContractManifest"/>, the form every gate checks: an AsyncAPI
/// document (2.6 or 3.0, YAML or JSON) or a JSON Schema mapping file naming the service, its language and a JSON
/// Schema file per message (docs/import.md). Constructs the compatibility engine cannot reason about are errors with
/// the file, line and column, never silently accepted. Never throws for bad input.
/// </summary>
public static class ContractImport
{
    /// <summary>
    /// Reads the document at <paramref name="path"/> and every file its <c>$ref</c>s reach. The kind is sniffed from
    /// the content: a top-level <c>asyncapi</c> key is an AsyncAPI document, a top-level <c>schemas</c> key a mapping file.
    /// </summary>
    /// <param name="path">The document, absolute or relative to the current directory.</param>
    /// <returns>The manifest, or the errors; and every file read, for the build's incremental inputs.</returns>
    public static ImportResult Read(string path) => ImportSession.Run(path);
}

/// <summary>The outcome of <see cref="ContractImport.Read"/>.</summary>
/// <param name="Manifest">The service's manifest; null when <paramref name="Errors"/> is not empty.</param>
/// <param name="Errors">Every problem found, each with its file, line and column (1-based).</param>
/// <param name="InputFiles">Every file read (full paths, the document first), whether or not it had errors.</param>
public sealed record ImportResult(ContractManifest? Manifest, IReadOnlyList<ManifestError> Errors, IReadOnlyList<string> InputFiles);
