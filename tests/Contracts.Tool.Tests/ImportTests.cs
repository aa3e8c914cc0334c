using Contracts.Import;
using Contracts.Schema.Manifest;

namespace Contracts.Tool.Tests;

/// <summary><c>contracts import</c> writes the manifest the build's importer gives for the same document.</summary>
public sealed class ImportTests
{
    [Fact]
    public void The_node_services_asyncapi_document_becomes_the_importers_manifest()
    {
        using var work = new Workspace();
        var document = Path.Combine(RepositoryRoot.Path, "samples/Shop/Notifications/asyncapi.yaml");
        var expected = ContractImport.Read(document);
        Assert.Empty(expected.Errors);

        var run = work.Tool("import", document, "--out", "notifications.json");

        Assert.Equal(0, run.ExitCode);
        var written = File.ReadAllText(Path.Combine(work.Root, "notifications.json"));
        Assert.Equal(ManifestWriter.Write(expected.Manifest!), written);
        var manifest = ManifestReader.Read("notifications.json", written).Manifest!;
        Assert.Equal("notifications", manifest.Service);
        Assert.Equal("typescript", manifest.Language);
        Assert.Equal(
            new[] { "notifications.customer-notified v1 publishes", "orders.order-placed v1 consumes", "shipping.order-shipped v1 consumes" },
            manifest.Messages.Select(m => $"{m.Schema.Name} v{m.Schema.Version} {m.Role.ToString().ToLowerInvariant()}"));
    }
}
