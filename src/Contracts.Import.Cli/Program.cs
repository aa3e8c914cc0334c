using System;
using System.IO;
using System.Linq;
using System.Text;
using Contracts.Import;
using Contracts.Schema.Gates;
using Contracts.Schema.Manifest;

namespace Contracts.Import.Cli;

/// <summary>
/// <c>dotnet exec Contracts.Import.Cli.dll document=manifest ...</c>: imports each document and writes its manifest,
/// and beside it <c>manifest.inputs</c>, every file the import read (the document and what its <c>$ref</c>s reach),
/// which the build's incremental check reads. Errors are printed in MSBuild's canonical form at the ORIGINAL file, line
/// and column, which the Exec task turns into build errors; the manifest of a failed import is deleted, so the next
/// build runs the import again. Exit code 0 when every import succeeded, 1 otherwise, 2 for bad arguments.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var pairs = args.Select(a => a.Split('=', 2)).ToList();
        if (pairs.Count == 0 || pairs.Any(p => p.Length != 2 || p[0].Length == 0 || p[1].Length == 0))
        {
            Console.Error.WriteLine("usage: dotnet exec Contracts.Import.Cli.dll <document>=<manifest> [...]");
            return 2;
        }

        var failed = false;
        foreach (var pair in pairs)
        {
            try
            {
                failed |= !Import(pair[0], pair[1]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The import itself never throws; writing its output can (a locked or read-only obj folder).
                Console.WriteLine(pair[1] + "(1,1): error " + GateRules.ManifestMalformed.Id + ": cannot write the imported manifest of " + pair[0] + ": " + e.Message);
                failed = true;
            }
        }

        return failed ? 1 : 0;
    }

    private static bool Import(string document, string manifestPath)
    {
        var result = ContractImport.Read(document);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(manifestPath))!);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        File.WriteAllLines(manifestPath + ".inputs", result.InputFiles, utf8);
        if (result.Manifest is not { } manifest)
        {
            File.Delete(manifestPath);
            foreach (var error in result.Errors)
            {
                // Canonical MSBuild form, path(line,col): error CODE: text, under the ID of an unreadable manifest
                // (docs/diagnostics/CTR0115.md), pointing at the imported document rather than the manifest format.
                Console.WriteLine(error.FilePath + "(" + error.Line + "," + error.Column + "): error " + GateRules.ManifestMalformed.Id + ": "
                    + error.Message + "; fix the document (see docs/import.md) or remove it from <ContractManifest>");
            }

            return false;
        }

        File.WriteAllText(manifestPath, ManifestWriter.Write(manifest), utf8);
        Console.WriteLine("Contracts: imported " + document + " (" + manifest.Messages.Count + " messages of service '" + manifest.Service + "')");
        return true;
    }
}
