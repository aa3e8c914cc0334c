using Contracts.Schema.Export;

namespace Contracts.Interop.Tests;

/// <summary>
/// `dotnet build -p:ContractsExport=true` (this project sets ContractsExport in its project file) writes, through the
/// generator and the package targets, exactly the documents the exporters give for the project's lock, into
/// contracts-export/ of the output folder, with the project's version as the AsyncAPI document's.
/// </summary>
public sealed class BuildExportTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "contracts-export");

    [Fact]
    public void The_build_wrote_every_document_of_the_lock_byte_for_byte()
    {
        var expected = ContractExport.Documents(Exports.Manifest(Path.Combine(Repository.Root, "tests", "Contracts.Interop.Tests", "contracts.lock.json")), 
            new ExportOptions { ServiceVersion = typeof(BuildExportTests).Assembly.GetName().Version!.ToString(3) });

        var written = Directory.GetFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal);
        Assert.Equal(expected.Select(d => d.Path), written);
        Assert.All(expected, d => Assert.Equal(d.Text, File.ReadAllText(Path.Combine(Folder, d.Path))));
    }
}
