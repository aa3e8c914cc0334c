using Contracts.Schema.Manifest;
using Contracts.Generator.Model;

using Contracts.Schema;

namespace Contracts.Generator.CrossService;

/// <summary>
/// Another service's manifest (its contracts.lock.json), parsed once per change of that file: the cache keeps the
/// parse of 200 unchanged manifests across every keystroke.
/// </summary>
internal sealed record ParsedManifest(string Path, ContractManifest? Manifest, EquatableArray<ManifestError> Errors)
{
    public string FileName => System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(Path) ?? string.Empty) + "/" + System.IO.Path.GetFileName(Path);

    /// <param name="text">Null when the file cannot be read: a <c>&lt;ContractManifest&gt;</c> path that does not exist.</param>
    public static ParsedManifest Read(string path, string? text)
    {
        if (text is null)
        {
            return new ParsedManifest(path, null, new EquatableArray<ManifestError>(new[]
            {
                new ManifestError(path, 1, 1, "the file does not exist or cannot be read; check the path given to <ContractManifest Include=\"...\" />"),
            }));
        }

        var result = ManifestReader.Read(path, text);
        return new ParsedManifest(path, result.Manifest, result.Errors.ToEquatableArray());
    }
}
