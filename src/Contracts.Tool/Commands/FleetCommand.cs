using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Contracts.Schema.Gates;
using Contracts.Tool.Cli;
using Contracts.Tool.Inputs;
using Contracts.Tool.Reporting;

namespace Contracts.Tool.Commands;

/// <summary>
/// <c>contracts fleet &lt;manifests&gt;</c>: the build's cross-service gate for every service of a set at once. Each
/// service is checked against all the others in both directions, as its own build would be with the others as
/// <c>&lt;ContractManifest&gt;</c>: so an incompatibility is reported twice, on the consumer's file (CTR0110) and
/// on the producer's (CTR0111), and each owner sees it where they work.
/// </summary>
internal static class FleetCommand
{
    public static Command Create(ToolContext context)
    {
        var files = SharedOptions.Files("Every service's lock or manifest (globs allowed: 'services/*/contracts.lock.json')");
        var format = SharedOptions.Format();
        var command = new Command("fleet", "Check every consumer against every producer of a set of manifests (the build's cross-service gate)") { files, format };
        command.SetAction(parsed =>
        {
            var services = FileArguments.Expand(parsed.GetValue(files)!, context.WorkingFolder).Select(f => ServiceFile.Read(f, context.WorkingFolder)).ToList();
            var report = new Report("fleet");
            foreach (var service in services.Where(s => s.ReportErrors(report)).ToList())
            {
                CrossService(report, service, service.Others(services));
            }

            return context.Print(report, parsed.GetValue(format)!);
        });
        return command;
    }

    /// <summary>The cross-service gate over <paramref name="service"/> and <paramref name="others"/>, as <c>fleet</c> and <c>can-i-deploy</c> call it.</summary>
    public static void CrossService(Report report, ServiceFile service, IReadOnlyList<ManifestFile> others)
    {
        foreach (var finding in CrossServiceGate.Check(service.Contracts!, others))
        {
            report.Add(Placement.Place(finding, service.Source));
        }
    }
}
