using Contracts.Schema.Export;
using Contracts.Schema.Manifest;

namespace Contracts.Tool.Tests;

/// <summary><c>contracts export</c> writes exactly what the build's exporter produces for the same manifest.</summary>
public sealed class ExportTests
{
    [Fact]
    public void Every_document_is_the_exporters_own_text()
    {
        using var work = new Workspace();
        var lockPath = Path.Combine(RepositoryRoot.Path, "samples/Shop/Billing/contracts.lock.json");
        var manifest = ManifestReader.Read(lockPath, File.ReadAllText(lockPath)).Manifest!;
        var expected = ContractExport.Documents(manifest, new ExportOptions());

        var run = work.Tool("export", lockPath, "--out", "out");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected.Select(d => "out/" + d.Path), run.Lines);
        Assert.All(expected, d => Assert.Equal(d.Text, File.ReadAllText(Path.Combine(work.Root, "out", d.Path))));
    }

    [Fact]
    public void Only_picks_one_kind()
    {
        using var work = new Workspace();

        var run = work.Tool("export", Path.Combine(RepositoryRoot.Path, "samples/Shop/Billing/contracts.lock.json"), "--out", "out", "--only", "typescript");

        Assert.Equal(new[] { "out/billing.ts" }, run.Lines);
    }
}
