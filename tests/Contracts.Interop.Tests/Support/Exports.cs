using Contracts.Schema.Export;
using Contracts.Schema.Manifest;

namespace Contracts.Interop.Tests;

/// <summary>A service's exported documents, written into a folder of their own as `dotnet build -p:ContractsExport=true` lays them out.</summary>
internal sealed record ServiceExport(string Service, string Folder, IReadOnlyList<ExportedDocument> Documents)
{
    public IEnumerable<string> Paths(string prefix) => Documents.Where(d => d.Path.StartsWith(prefix, StringComparison.Ordinal)).Select(Full);

    public string Full(ExportedDocument document) => Path.Combine(Folder, document.Path);

    public string Full(string relative) => Path.Combine(Folder, relative);
}

/// <summary>
/// The exports the checks run over: the Shop sample's three services (from their committed locks, with the topology
/// the sample's RabbitMQ mode uses) and this project's own (from its lock, which its build checks against the code).
/// </summary>
internal static class Exports
{
    /// <summary>The options the Shop sample's RabbitMQ mode runs with (samples/Shop/Program.cs).</summary>
    public static readonly ExportOptions ShopTopology = new() { Exchange = "shop", QueuePrefix = "shop." };

    private static readonly Lazy<IReadOnlyList<ServiceExport>> ShopExports = new(() =>
        new[] { "Orders", "Billing", "Shipping" }.Select(s => Write(Path.Combine(Repository.Root, "samples", "Shop", s, "contracts.lock.json"), ShopTopology)).ToList());

    private static readonly Lazy<ServiceExport> OwnExport = new(() => Write(Path.Combine(Repository.Root, "tests", "Contracts.Interop.Tests", "contracts.lock.json"), new ExportOptions()));

    public static IReadOnlyList<ServiceExport> Shop => ShopExports.Value;

    public static ServiceExport Own => OwnExport.Value;

    public static IEnumerable<ServiceExport> All => Shop.Append(Own);

    /// <summary>The manifest in <paramref name="lockFile"/>; the test fails when it does not read.</summary>
    public static ContractManifest Manifest(string lockFile)
    {
        var read = ManifestReader.Read(lockFile, File.ReadAllText(lockFile));
        Assert.True(read.Manifest is not null, lockFile + ": " + string.Join("; ", read.Errors));
        return read.Manifest;
    }

    private static ServiceExport Write(string lockFile, ExportOptions options)
    {
        var manifest = Manifest(lockFile);
        var folder = Directory.CreateTempSubdirectory("contracts-export-" + manifest.Service + "-").FullName;
        var documents = ContractExport.Documents(manifest, options);
        foreach (var document in documents)
        {
            var path = Path.Combine(folder, document.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, document.Text);
        }

        return new ServiceExport(manifest.Service, folder, documents);
    }
}
