using Contracts.Schema.Export;

namespace Contracts.Interop.Tests;

/// <summary>
/// tsc --strict compiles every exported TypeScript module together with consumer files that read every member
/// (node/consumers/), and refuses a consumer that misreads one, so the check can fail.
/// </summary>
public sealed class TypeScriptInteropTests
{
    private static readonly string[] Options = ["--strict", "--noEmit", "--target", "es2022", "--module", "preserve", "--noFallthroughCasesInSwitch", "--exactOptionalPropertyTypes"];

    [SkippableFact]
    public async Task The_modules_compile_with_strict_and_the_consumers_that_read_every_member()
    {
        Node.Require();
        var folder = Project(Directory.GetFiles(Path.Combine(Node.Folder, "consumers"), "*.ts"));

        var (exitCode, output) = await Node.TscAsync([.. Options, .. Directory.GetFiles(folder, "*.ts").Order(StringComparer.Ordinal)]);

        Assert.True(exitCode == 0, "tsc --strict failed:\n" + output);
    }

    [SkippableFact]
    public async Task A_consumer_that_misreads_a_member_does_not_compile()
    {
        Node.Require();
        var folder = Project([]);
        var misreads = Path.Combine(folder, "misreads.ts");
        await File.WriteAllTextAsync(misreads, "import type { InteropEveryTypeV1 } from \"./interop\";\nexport const f = (b: InteropEveryTypeV1): number => b.note;\n");

        var (exitCode, output) = await Node.TscAsync([.. Options, misreads]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error TS2322", output);
    }

    // Every service's module and the given consumers, in one folder, as a Node.js project would hold them.
    private static string Project(IEnumerable<string> consumers)
    {
        var folder = Directory.CreateTempSubdirectory("contracts-tsc-").FullName;
        foreach (var export in Exports.All)
        {
            var module = ExportNames.TypeScriptFile(export.Service);
            File.Copy(export.Full(module), Path.Combine(folder, module));
        }

        foreach (var consumer in consumers)
        {
            File.Copy(consumer, Path.Combine(folder, Path.GetFileName(consumer)));
        }

        return folder;
    }
}
