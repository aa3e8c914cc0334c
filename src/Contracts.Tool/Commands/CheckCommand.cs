using System.CommandLine;
using System.Linq;
using Contracts.Schema.Gates;
using Contracts.Tool.Cli;
using Contracts.Tool.Inputs;
using Contracts.Tool.Reporting;

namespace Contracts.Tool.Commands;

/// <summary>
/// <c>contracts check &lt;files&gt; --against &lt;ref&gt;</c>: each lock or manifest against its own earlier version, by
/// the build's evolution gate with the modes and roles the file records. What catches a lock that was deleted and
/// written again over a break, which the build itself cannot see.
/// </summary>
internal static class CheckCommand
{
    // What the build does with -p:UpdateContractsLock=true: compatible changes are not findings, only breaks are.
    private static readonly LockSettings AsLockUpdate = new(RequireLock: false, UpdateLock: true, LockExpected: false);

    public static Command Create(ToolContext context)
    {
        var files = SharedOptions.Files("The locks or manifests to check (globs allowed: 'services/*/contracts.lock.json')");
        var against = new Option<string>("--against")
        {
            Description = "What to compare with: a git revision of the files' repository (origin/main, a tag, HEAD~1), a folder holding the same relative paths, or one file",
            Required = true,
            HelpName = "ref",
        };
        var fleetComplete = SharedOptions.FleetComplete("the files checked together");
        var format = SharedOptions.Format();
        var command = new Command("check", "Check each lock or manifest against its earlier version (the build's evolution gate)") { files, against, fleetComplete, format };
        command.SetAction(parsed => Run(context, parsed.GetValue(files)!, parsed.GetValue(against)!, parsed.GetValue(fleetComplete), parsed.GetValue(format)!));
        return command;
    }

    private static int Run(ToolContext context, string[] arguments, string against, bool fleetComplete, string format)
    {
        var baseline = Baseline.Resolve(against, context.WorkingFolder);
        var services = FileArguments.Expand(arguments, context.WorkingFolder).Select(f => ServiceFile.Read(f, context.WorkingFolder)).ToList();
        var report = new Report("check");
        foreach (var service in services)
        {
            if (!service.ReportErrors(report) || baseline.For(service.Source) is not { } earlier)
            {
                continue;
            }

            Evolution(report, service, earlier, fleetComplete ? service.Others(services) : null);
        }

        return context.Print(report, format);
    }

    /// <summary>The build's evolution gate over a service's manifest and an earlier one, as <c>check</c> and <c>can-i-deploy</c> call it.</summary>
    public static void Evolution(Report report, ServiceFile service, EarlierVersion earlier, System.Collections.Generic.IReadOnlyList<ManifestFile>? fleet)
    {
        var result = EvolutionGate.Check(service.Contracts!, AsLockUpdate, new LockText(earlier.Label, earlier.Text), fleet);
        foreach (var finding in result.Findings)
        {
            report.Add(Placement.Place(finding, service.Source, earlier.Label));
        }
    }
}
