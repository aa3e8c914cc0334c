using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Contracts.Import;
using Contracts.Schema;
using Contracts.Schema.Gates;

namespace Contracts.Tool.Inputs;

/// <summary>
/// Another language's contract (an AsyncAPI document, a JSON Schema mapping file), read by the same importer the build
/// uses for <c>&lt;ContractManifest Include="x.asyncapi.yaml" /&gt;</c>, so that every command takes it where it takes a
/// manifest. A manifest is told apart by its top-level <c>"format"</c>; YAML is never a manifest.
/// </summary>
internal static class ImportedDocument
{
    public static bool IsOne(SourceFile source)
    {
        var extension = Path.GetExtension(source.FullPath);
        if (extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(source.Text);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object && !root.TryGetProperty("format", out _)
                && (root.TryGetProperty("asyncapi", out _) || root.TryGetProperty("schemas", out _));
        }
        catch (JsonException)
        {
            // Not JSON: the manifest reader says where, with the line and column.
            return false;
        }
    }

    public static ManifestFile Read(SourceFile source)
    {
        var result = ContractImport.Read(source.FullPath);
        var errors = result.Errors.Select(e => e with { FilePath = Path.GetFullPath(e.FilePath) == source.FullPath ? source.DisplayPath : e.FilePath });
        return new ManifestFile(source.DisplayPath, result.Errors.Count == 0 ? result.Manifest : null, errors.ToEquatableArray());
    }
}
