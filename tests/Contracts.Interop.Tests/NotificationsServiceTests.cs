using System.Text.RegularExpressions;
using Contracts.Import;
using Contracts.Schema;
using Contracts.Schema.Export;
using Contracts.Schema.Manifest;

namespace Contracts.Interop.Tests;

/// <summary>
/// The sample fleet's Node.js service (samples/Shop/Notifications): its own checks (`npm test`: tsc, the asyncapi.yaml
/// up-to-date check, node --test), and the link to the .NET side it compiles against: the TypeScript it commits is what
/// the .NET services export now, and a .NET producer's change to a member it reads makes its tsc fail.
/// </summary>
public sealed partial class NotificationsServiceTests
{
    private static readonly string Service = Node.NotificationsService;

    [SkippableFact]
    public async Task Npm_test_builds_the_service_checks_its_asyncapi_document_and_passes_its_tests()
    {
        Node.RequireNotificationsService();

        var (exitCode, output) = await Node.NpmAsync(Service, "test");

        Assert.True(exitCode == 0, "npm test failed in samples/Shop/Notifications:\n" + output);
        Assert.Matches(@"# pass [1-9]\d*", output);
        Assert.Contains("# fail 0", output);
    }

    [Theory]
    [InlineData("Orders")]
    [InlineData("Shipping")]
    public void The_committed_TypeScript_is_what_the_NET_service_exports_now(string project)
    {
        var export = Exports.Shop.Single(e => string.Equals(e.Service, project, StringComparison.OrdinalIgnoreCase));
        var module = ExportNames.TypeScriptFile(export.Service);

        var committed = File.ReadAllText(Path.Combine(Service, "contracts", module));

        Assert.True(committed == File.ReadAllText(export.Full(module)),
            $"samples/Shop/Notifications/contracts/{module} is not what {project} exports now: run samples/Shop/Notifications/export-contracts.sh and commit the result");
    }

    [Fact]
    public void The_fingerprint_the_service_sends_is_the_one_the_NET_import_of_its_document_gives()
    {
        var document = Path.Combine(Service, "asyncapi.yaml");
        var imported = ContractImport.Read(document);
        Assert.True(imported.Manifest is not null, string.Join("; ", imported.Errors));
        var published = Assert.Single(imported.Manifest.Messages, m => m.Role == MessageRole.Publishes);

        // Written into the document by the service's own code (src/wire/fingerprint.ts), from its zod schema.
        var sent = WrittenFingerprint().Match(File.ReadAllText(document));

        Assert.True(sent.Success, "asyncapi.yaml carries no x-contracts-fingerprint");
        Assert.Equal(SchemaFingerprint.Of(published.Schema), sent.Groups[1].Value);
    }

    [SkippableFact]
    public async Task A_producer_that_renames_a_member_the_service_reads_breaks_its_tsc()
    {
        Node.RequireNotificationsService();
        var lockFile = Path.Combine(Repository.Root, "samples", "Shop", "Orders", "contracts.lock.json");
        var renamed = RenameMember(Exports.Manifest(lockFile), "orders.order-placed", "customerId", "customerRef");
        var project = CopyOfService();
        var module = ContractExport.Documents(renamed, Exports.ShopTopology).Single(d => d.Path == ExportNames.TypeScriptFile("orders"));
        await File.WriteAllTextAsync(Path.Combine(project, "contracts", "orders.ts"), module.Text);

        var (exitCode, output) = await Node.ServiceTscAsync(project);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("src/contracts.ts", output);
        Assert.Contains("Property 'customerId' is missing in type 'OrdersOrderPlacedV1'", output);
    }

    [SkippableFact]
    public async Task The_unchanged_copy_compiles()
    {
        Node.RequireNotificationsService();

        var (exitCode, output) = await Node.ServiceTscAsync(CopyOfService());

        Assert.True(exitCode == 0, "tsc failed on an unchanged copy of the service:\n" + output);
    }

    private static ContractManifest RenameMember(ContractManifest manifest, string message, string from, string to)
        => manifest with
        {
            Messages = manifest.Messages.Select(m => m.Schema.Name != message || m.Role != MessageRole.Publishes
                ? m
                : m with
                {
                    Schema = m.Schema with
                    {
                        Members = m.Schema.Members.Select(member => member.WireName == from ? member with { WireName = to } : member).ToEquatableArray(),
                    },
                }).ToEquatableArray(),
        };

    // The sources, committed contracts and tsconfig in a folder of their own, with the service's node_modules linked in.
    private static string CopyOfService()
    {
        var folder = Directory.CreateTempSubdirectory("contracts-notifications-").FullName;
        foreach (var sub in new[] { "src", "contracts", "scripts", "test" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(Service, sub), "*.ts", SearchOption.AllDirectories))
            {
                var target = Path.Combine(folder, Path.GetRelativePath(Service, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        File.Copy(Path.Combine(Service, "tsconfig.json"), Path.Combine(folder, "tsconfig.json"));
        File.Copy(Path.Combine(Service, "package.json"), Path.Combine(folder, "package.json"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "node_modules"), Path.Combine(Service, "node_modules"));
        return folder;
    }

    [GeneratedRegex(@"x-contracts-fingerprint: ([0-9a-f]{16})")]
    private static partial Regex WrittenFingerprint();
}
