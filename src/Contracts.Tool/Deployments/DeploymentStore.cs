using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Contracts.Tool.Inputs;

using Contracts.Tool.Cli;

namespace Contracts.Tool.Deployments;

/// <summary>
/// The folder of deployment records (<c>deployments/</c> by default, <c>--deployments</c> to move it): one folder per
/// environment, one record per service in it. Plain files, meant to be committed: what runs where is reviewed and
/// versioned like code, and a pipeline needs no server to ask.
/// </summary>
internal sealed class DeploymentStore(string root, string workingFolder)
{
    public string Root { get; } = Path.GetFullPath(Path.Combine(workingFolder, root));

    public IReadOnlyList<string> Environments
        => Directory.Exists(Root) ? Directory.GetDirectories(Root).Select(Path.GetFileName).OfType<string>().OrderBy(n => n, StringComparer.Ordinal).ToList() : new List<string>();

    /// <summary>Every service recorded in <paramref name="environment"/>; an environment never recorded is unusable input.</summary>
    public IReadOnlyList<ServiceFile> Read(string environment)
    {
        var folder = Path.Combine(Root, Name(environment, "environment"));
        if (!Directory.Exists(folder))
        {
            var known = Environments;
            throw new UnusableInputException(
                $"unknown environment '{environment}': nothing is recorded in {SourceFile.Display(folder, workingFolder)} ("
                + (known.Count == 0 ? "no environment is recorded" : "recorded: " + string.Join(", ", known))
                + "); record a deployment first with 'contracts record-deployment <manifest> --environment " + environment + "'");
        }

        return Directory.GetFiles(folder, "*.json").OrderBy(f => f, StringComparer.Ordinal)
            .Select(file => DeploymentRecord.Read(SourceFile.Read(file, workingFolder)))
            .ToList();
    }

    /// <summary>Writes the record of <paramref name="info"/>'s service in its environment; returns the path written.</summary>
    public string Write(DeploymentInfo info, Schema.Manifest.ContractManifest manifest)
    {
        var folder = Path.Combine(Root, Name(info.Environment, "environment"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Name(info.Service, "service") + ".json");
        File.WriteAllText(path, DeploymentRecord.Write(info, manifest));
        return SourceFile.Display(path, workingFolder);
    }

    // A name becomes a file or folder name: nothing that could climb out of the store.
    private static string Name(string name, string what)
        => name.Length > 0 && name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.') && name.Trim('.').Length > 0
            ? name
            : throw new UnusableInputException($"'{name}' cannot be a{(what == "environment" ? "n" : "")} {what} name in the deployments folder: use letters, digits, '-', '_' and '.'");
}
