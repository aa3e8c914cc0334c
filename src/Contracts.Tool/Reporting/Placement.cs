using System;
using Contracts.Schema.Gates;
using Contracts.Schema.Manifest;
using Contracts.Tool.Inputs;

namespace Contracts.Tool.Reporting;

/// <summary>
/// Puts a finding on a line. A finding about one of the checked service's messages goes to that message's entry (or
/// member) in the service's file; one about a file (a manifest that cannot be read) stays where the reader found it.
/// A locked message that is gone has no line in the new file: it is put on the file's <c>"messages"</c>.
/// </summary>
internal static class Placement
{
    public static ReportedFinding Place(Finding finding, SourceFile service, string? earlierLabel = null)
    {
        var site = finding.Site;
        if (site.MessageName is { } name)
        {
            var at = ManifestPositions.Of(service.Text, name, site.MessageVersion, site.Member);
            return new ReportedFinding(finding, service.DisplayPath, at?.Line ?? 1, at?.Column ?? 1);
        }

        // Of the earlier version only its errors have a place there; what the gate reports at its line 1 is a removal.
        if (site.FilePath is { } path && (finding.Rule == GateRules.LockMalformed || !string.Equals(path, earlierLabel, StringComparison.Ordinal)))
        {
            return new ReportedFinding(finding, path, site.Line, site.Column);
        }

        var messages = ManifestPositions.OfMessages(service.Text);
        return new ReportedFinding(finding, service.DisplayPath, messages?.Line ?? 1, messages?.Column ?? 1);
    }
}
