using System;
using System.Collections.Generic;
using Contracts.Schema.Manifest;

namespace Contracts.Import;

internal static class ImportSession
{
    public static ImportResult Run(string path)
        => new(null, new[] { new ManifestError(path, 1, 1, "the importer is not implemented yet") }, Array.Empty<string>());
}
