using System.Collections.Generic;
using System.Linq;
using Contracts.Schema.Gates;
using Contracts.Tool.Reporting;

namespace Contracts.Tool.Inputs;

/// <summary>
/// One service's manifest as the tool read it: the file, and the manifest (or why it is not one, located). Every
/// command reads its inputs through here, so a lock, another service's manifest and a deployment record are read
/// the one way the build reads them.
/// </summary>
/// <param name="Source">The file, as findings name it.</param>
/// <param name="Manifest">The schema library's reading of it.</param>
internal sealed record ServiceFile(SourceFile Source, ManifestFile Manifest)
{
    public static ServiceFile Read(string path, string workingFolder) => Of(SourceFile.Read(path, workingFolder));

    /// <summary>A manifest is read as the build reads it; an AsyncAPI document or JSON Schema mapping through the importer.</summary>
    public static ServiceFile Of(SourceFile source) => new(source, ImportedDocument.IsOne(source) ? ImportedDocument.Read(source) : ManifestFile.Read(source.DisplayPath, source.Text));

    /// <summary>The service's contracts as a project's, for the gates; null when the file is not a manifest.</summary>
    public ProjectContracts? Contracts => Manifest.Manifest is { } manifest ? new ProjectContracts(manifest.Service, manifest.Messages) { Language = manifest.Language } : null;

    /// <summary>Adds the reader's errors to <paramref name="report"/> (CTR0115); true when there were none.</summary>
    public bool ReportErrors(Report report)
    {
        report.AddFile(Source.DisplayPath);
        foreach (var error in Manifest.Errors)
        {
            report.Add(Placement.Place(Findings.ManifestMalformed(error), Source));
        }

        return Manifest.Manifest is not null;
    }

    /// <summary>The readable ones of <paramref name="files"/> other than this one, as the gates take them.</summary>
    public IReadOnlyList<ManifestFile> Others(IEnumerable<ServiceFile> files)
        => files.Where(f => !ReferenceEquals(f, this) && f.Manifest.Manifest is not null).Select(f => f.Manifest).ToList();
}
