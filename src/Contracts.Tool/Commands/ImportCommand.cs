using System.CommandLine;
using System.IO;
using Contracts.Schema.Manifest;
using Contracts.Tool.Cli;
using Contracts.Tool.Inputs;
using Contracts.Tool.Reporting;

namespace Contracts.Tool.Commands;

/// <summary>
/// <c>contracts import &lt;document&gt;</c>: an AsyncAPI document or JSON Schema mapping file as a manifest, in the
/// canonical form, to commit beside a service that is not .NET (every other command also reads the document directly).
/// </summary>
internal static class ImportCommand
{
    public static Command Create(ToolContext context)
    {
        var document = new Argument<string>("document") { Description = "The AsyncAPI document (YAML or JSON) or JSON Schema mapping file" };
        var output = new Option<string?>("--out") { Description = "The manifest file to write (default: print it)", HelpName = "file" };
        var command = new Command("import", "Read an AsyncAPI document or JSON Schema mapping file into a contract manifest") { document, output };
        command.SetAction(parsed =>
        {
            var source = SourceFile.Read(parsed.GetValue(document)!, context.WorkingFolder);
            var service = new ServiceFile(source, ImportedDocument.Read(source));
            var report = new Report("import");
            if (!service.ReportErrors(report))
            {
                return context.Print(report, "text");
            }

            var text = ManifestWriter.Write(service.Manifest.Manifest!);
            if (parsed.GetValue(output) is { } file)
            {
                File.WriteAllText(Path.Combine(context.WorkingFolder, file), text);
                context.Output.WriteLine($"wrote {file} ({service.Manifest.Manifest!.Messages.Count} message version(s))");
            }
            else
            {
                context.Output.Write(text);
            }

            return ExitCodes.Clean;
        });
        return command;
    }
}
