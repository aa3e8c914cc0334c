using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Contracts.Tool.Cli;
using Contracts.Tool.Deployments;
using Contracts.Tool.Inputs;
using Contracts.Tool.Reporting;

namespace Contracts.Tool.Commands;

/// <summary>
/// <c>contracts record-deployment</c> (what runs where, written to a committable file) and <c>contracts
/// can-i-deploy</c> (may this manifest go there?), after Pact's commands of the same names.
/// </summary>
internal static class DeploymentCommands
{
    public static Command RecordDeployment(ToolContext context)
    {
        var manifest = new Argument<string>("manifest") { Description = "The lock or manifest of the service that was deployed" };
        var environment = new Option<string>("--environment") { Description = "Where it was deployed (prod, staging...)", Required = true, HelpName = "name" };
        var release = new Option<string?>("--release") { Description = "The release to note in the record (a version, a build number)", HelpName = "text" };
        var deployments = SharedOptions.Deployments();
        var command = new Command("record-deployment", "Record that a service's manifest now runs in an environment (deployments/<environment>/<service>.json)") { manifest, environment, release, deployments };
        command.SetAction(parsed =>
        {
            var service = ServiceFile.Read(parsed.GetValue(manifest)!, context.WorkingFolder);
            var report = new Report("record-deployment");
            if (!service.ReportErrors(report))
            {
                return context.Print(report, "text");
            }

            var store = new DeploymentStore(parsed.GetValue(deployments)!, context.WorkingFolder);
            var info = new DeploymentInfo(
                service.Manifest.Manifest!.Service, parsed.GetValue(environment)!, DateTimeOffset.UtcNow, service.Source.DisplayPath,
                Git.Head(Path.GetDirectoryName(service.Source.FullPath)!), parsed.GetValue(release));
            var written = store.Write(info, service.Manifest.Manifest!);
            context.Output.WriteLine($"recorded {info.Service} in {info.Environment}: {written}");
            return ExitCodes.Clean;
        });
        return command;
    }

    public static Command CanIDeploy(ToolContext context)
    {
        var manifest = new Argument<string>("manifest") { Description = "The lock or manifest of the version to deploy" };
        var to = new Option<string>("--to") { Description = "The environment to deploy to", Required = true, HelpName = "environment" };
        var deployments = SharedOptions.Deployments();
        var fleetComplete = SharedOptions.FleetComplete("the services recorded in the environment");
        var format = SharedOptions.Format();
        var command = new Command("can-i-deploy", "Check a manifest against every service recorded in an environment, both directions, and against its own recorded version") { manifest, to, deployments, fleetComplete, format };
        command.SetAction(parsed =>
        {
            var service = ServiceFile.Read(parsed.GetValue(manifest)!, context.WorkingFolder);
            var recorded = new DeploymentStore(parsed.GetValue(deployments)!, context.WorkingFolder).Read(parsed.GetValue(to)!);
            var report = new Report("can-i-deploy");
            var readable = recorded.Where(r => r.ReportErrors(report)).ToList();
            if (!service.ReportErrors(report))
            {
                return context.Print(report, parsed.GetValue(format)!);
            }

            var name = service.Manifest.Manifest!.Service;
            var others = readable.Where(r => r.Manifest.Manifest!.Service != name).Select(r => r.Manifest).ToList();
            if (readable.FirstOrDefault(r => r.Manifest.Manifest!.Service == name) is { } own)
            {
                CheckCommand.Evolution(report, service, new EarlierVersion(own.Source.DisplayPath, own.Source.Text), parsed.GetValue(fleetComplete) ? others : null);
            }

            FleetCommand.CrossService(report, service, others);
            return context.Print(report, parsed.GetValue(format)!);
        });
        return command;
    }
}
