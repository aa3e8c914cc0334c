using System.IO;
using Contracts.Schema.Manifest;

namespace Contracts.Schema.Gates;

/// <summary>
/// Another service's manifest, read once per change of its file: a build keeps the reading of hundreds of unchanged
/// manifests across every keystroke.
/// </summary>
/// <param name="Path">Where the file is.</param>
/// <param name="Manifest">The manifest, or null when the file could not be read.</param>
/// <param name="Errors">Why it could not be read, located in the file.</param>
public sealed record ManifestFile(string Path, ContractManifest? Manifest, EquatableArray<ManifestError> Errors)
{
    /// <summary>How messages name the file: its folder and name (<c>Orders/contracts.lock.json</c>).</summary>
    public string FileName => System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(Path) ?? string.Empty) + "/" + System.IO.Path.GetFileName(Path);

    /// <summary>Reads the file's text; <paramref name="text"/> is null when the file does not exist or cannot be read.</summary>
    public static ManifestFile Read(string path, string? text)
    {
        if (text is null)
        {
            return new ManifestFile(path, null, new[]
            {
                new ManifestError(path, 1, 1, "the file does not exist or cannot be read; check the path given to <ContractManifest Include=\"...\" />"),
            }.ToEquatableArray());
        }

        var result = ManifestReader.Read(path, text);
        return new ManifestFile(path, result.Manifest, result.Errors.ToEquatableArray());
    }
}
