using System.CommandLine;
using System.IO;
using System.Linq;
using Contracts.Schema.Export;
using Contracts.Tool.Cli;
using Contracts.Tool.Inputs;
using Contracts.Tool.Reporting;

namespace Contracts.Tool.Commands;

/// <summary>
/// <c>contracts export &lt;manifest&gt; --out &lt;folder&gt;</c>: the JSON Schema, AsyncAPI and TypeScript documents of a
/// service, by the same exporter as <c>dotnet build -p:ContractsExport=true</c>, so the files are byte-identical.
/// </summary>
internal static class ExportCommand
{
    private static readonly string[] Kinds = { "all", "json-schema", "asyncapi", "typescript" };

    public static Command Create(ToolContext context)
    {
        var manifest = new Argument<string>("manifest") { Description = "The lock or manifest to export" };
        var output = new Option<string>("--out") { Description = "The folder to write the documents to", Required = true, HelpName = "folder" };
        var only = new Option<string>("--only") { Description = "Which documents: all, json-schema, asyncapi or typescript", DefaultValueFactory = _ => "all", HelpName = "kind" };
        only.AcceptOnlyFromAmong(Kinds);
        var exchange = new Option<string>("--exchange") { Description = "The RabbitMQ exchange the AsyncAPI document names (RabbitMqOptions.Exchange)", DefaultValueFactory = _ => new ExportOptions().Exchange };
        var queuePrefix = new Option<string>("--queue-prefix") { Description = "What comes before the service's name in its queue's name (RabbitMqOptions.QueuePrefix)", DefaultValueFactory = _ => string.Empty };
        var serviceVersion = new Option<string>("--service-version") { Description = "The AsyncAPI document's info.version", DefaultValueFactory = _ => new ExportOptions().ServiceVersion };
        var command = new Command("export", "Write a manifest's JSON Schema, AsyncAPI and TypeScript documents") { manifest, output, only, exchange, queuePrefix, serviceVersion };
        command.SetAction(parsed =>
        {
            var service = ServiceFile.Read(parsed.GetValue(manifest)!, context.WorkingFolder);
            var report = new Report("export");
            if (!service.ReportErrors(report))
            {
                return context.Print(report, "text");
            }

            var options = new ExportOptions { Exchange = parsed.GetValue(exchange)!, QueuePrefix = parsed.GetValue(queuePrefix)!, ServiceVersion = parsed.GetValue(serviceVersion)! };
            var folder = Path.GetFullPath(Path.Combine(context.WorkingFolder, parsed.GetValue(output)!));
            foreach (var document in ContractExport.Documents(service.Manifest.Manifest!, options).Where(d => Wanted(d.Path, parsed.GetValue(only)!)))
            {
                var path = Path.Combine(folder, document.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, document.Text);
                context.Output.WriteLine(SourceFile.Display(path, context.WorkingFolder));
            }

            return ExitCodes.Clean;
        });
        return command;
    }

    private static bool Wanted(string path, string kind) => kind switch
    {
        "json-schema" => path.EndsWith(".schema.json", System.StringComparison.Ordinal),
        "asyncapi" => path.EndsWith(".asyncapi.json", System.StringComparison.Ordinal),
        "typescript" => path.EndsWith(".ts", System.StringComparison.Ordinal),
        _ => true,
    };
}
