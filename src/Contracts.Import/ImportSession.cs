using System;
using System.IO;
using Contracts.Import.AsyncApi;
using Contracts.Import.Mapping;
using Contracts.Import.Source;
using Contracts.Schema.Manifest;

namespace Contracts.Import;

/// <summary>One <see cref="ContractImport.Read"/>: load the document, sniff its kind, read it, and say what was read.</summary>
internal static class ImportSession
{
    public static ImportResult Run(string path)
    {
        var files = new SourceFiles();
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return new ImportResult(null, [new ManifestError(path, 1, 1, "not a valid path: " + e.Message)], []);
        }

        var manifest = Read(files, full);
        return new ImportResult(files.Errors.Count == 0 ? manifest : null, files.Errors, files.Paths);
    }

    private static ContractManifest? Read(SourceFiles files, string path)
    {
        if (files.Load(path, null) is not { Root: { } root })
        {
            return null;
        }

        if (!root.IsMapping)
        {
            files.Error(root.Error("expected an AsyncAPI document or a JSON Schema mapping file (a mapping with \"asyncapi\" or \"schemas\")"));
            return null;
        }

        if (root["asyncapi"] is not null)
        {
            return AsyncApiReader.Read(root, files);
        }

        if (root["schemas"] is { IsSequence: true })
        {
            return MappingFileReader.Read(root, files);
        }

        files.Error(root.Error("not an AsyncAPI document (no \"asyncapi\" key) nor a JSON Schema mapping file (no \"schemas\" list); see docs/import.md"));
        return null;
    }
}
