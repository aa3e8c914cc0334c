using System;
using System.IO;
using System.Linq;
using System.Text;
using Contracts.Import;
using Contracts.Schema.Manifest;

namespace Contracts.Import.Cli;

/// <summary>
/// <c>dotnet exec Contracts.Import.Cli.dll document=manifest ...</c>: imports each document and writes, beside the
/// manifest path it was given, <c>.inputs</c> (every file the import read: the document and what its <c>$ref</c>s
/// reach, which the build's incremental check reads) and either the manifest or <c>.errors</c> (one error a line:
/// file, line, column and message, tab-separated), which Contracts.targets reports as build errors at the ORIGINAL
/// file. A failed import deletes the manifest, so the next build runs it again. Exit code 0 when every import
/// succeeded, 1 when one reported errors, 2 for bad arguments.
/// </summary>
internal static class Program
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

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
            failed |= !Import(pair[0], pair[1]);
        }

        return failed ? 1 : 0;
    }

    private static bool Import(string document, string manifestPath)
    {
        var result = ContractImport.Read(document);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(manifestPath))!);
            File.WriteAllLines(manifestPath + ".inputs", result.InputFiles, Utf8);
            File.Delete(manifestPath + ".errors");
            if (result.Manifest is not { } manifest)
            {
                File.Delete(manifestPath);
                File.WriteAllLines(manifestPath + ".errors", result.Errors.Select(Line), Utf8);
                return false;
            }

            File.WriteAllText(manifestPath, ManifestWriter.Write(manifest), Utf8);
            Console.WriteLine("Contracts: imported " + document + " (service '" + manifest.Service + "', " + manifest.Messages.Count + " messages)");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The import itself never throws; writing its output can (a locked or read-only obj folder).
            Console.Error.WriteLine("Contracts: cannot write the import of " + document + " to " + manifestPath + ": " + e.Message);
            return false;
        }
    }

    // Tabs and line breaks cannot occur in paths MSBuild hands over; in messages they are flattened to keep one line each.
    private static string Line(ManifestError error)
        => string.Join("\t", error.FilePath, error.Line, error.Column, error.Message.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '));
}
