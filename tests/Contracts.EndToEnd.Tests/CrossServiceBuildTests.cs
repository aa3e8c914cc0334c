using Contracts.EndToEnd.Tests.Infrastructure;

namespace Contracts.EndToEnd.Tests;

/// <summary>
/// The cross-service gate as a new user meets it: real .csproj files in folders of their own that share no code,
/// real <c>dotnet build</c>, the package's build files, locks written by <c>-p:UpdateContractsLock=true</c> and other
/// services' manifests brought in with <c>&lt;ContractManifest Include="..." /&gt;</c> — from a checkout or from a
/// contracts NuGet package. The builds of a test run one after the other where each depends on what the last left.
/// </summary>
public sealed partial class CrossServiceBuildTests(ContractsWorkspace workspace) : IClassFixture<ContractsWorkspace>
{
    // Orders' record: five members, its own enum, its own namespace.
    private const string OrdersV1 = """
        using Contracts;

        namespace Orders.Domain;

        [Message("orders.order-placed")]
        public partial record OrderPlaced(Guid OrderId, string CustomerId, decimal Total, Channel Channel, DateTimeOffset PlacedAt);

        public enum Channel { Web, Store }

        [Publishes<OrderPlaced>]
        public partial class OrdersPublisher;
        """;

    // Billing's own, smaller copy: three of the five members, other CLR names, another namespace.
    private const string BillingView = """
        using Contracts;

        namespace Billing.Payments;

        [Message("orders.order-placed")]
        public partial record OrderToCharge(Guid OrderId, decimal Total, SalesChannel Channel);

        public enum SalesChannel { Web, Store }

        public sealed class ChargeOrder : IConsumer<OrderToCharge>
        {
            public ValueTask ConsumeAsync(OrderToCharge message, MessageContext context, CancellationToken cancellationToken)
                => ValueTask.CompletedTask;
        }
        """;

    // What the orders service's lock says it publishes: the manifest other tests read without building orders.
    private const string OrdersManifest = """
        {
          "format": 1,
          "service": "orders",
          "messages": [
            {
              "name": "orders.order-placed",
              "version": 1,
              "role": "publishes",
              "compatibility": "Forward",
              "members": [
                { "wireName": "channel", "type": "enum:Channel", "required": true },
                { "wireName": "customerId", "type": "string", "required": true },
                { "wireName": "orderId", "type": "guid", "required": true },
                { "wireName": "total", "type": "decimal", "required": true }
              ],
              "objects": [],
              "enums": [
                { "name": "Channel", "members": [ "Web", "Store", "Phone" ] }
              ]
            }
          ]
        }

        """;

    [Fact]
    public async Task ProducerChangeTheConsumerCannotReadFailsEachSideThatHasTheOthersManifest()
    {
        // Orders starts alone and locks what it publishes.
        var orders = workspace.NewProject("Orders", "orders");
        orders.Write("OrderPlaced.cs", OrdersV1);
        var ordersLocked = await orders.UpdateLockAsync();
        Assert.True(ordersLocked.Succeeded, ordersLocked.Transcript);
        Assert.True(orders.HasLock, ordersLocked.Transcript);

        // Billing, in another folder, reads Orders' lock from a checkout and locks its own view.
        var billing = workspace.NewProject("Billing", "billing");
        billing.WriteProjectFile("billing", extraItems: ManifestItem(billing, orders));
        billing.Write("OrderToCharge.cs", BillingView);
        var billingLocked = await billing.UpdateLockAsync();
        Assert.True(billingLocked.Succeeded, billingLocked.Transcript);
        Assert.Empty(billingLocked.Contracts);
        Assert.True(billing.HasLock, billingLocked.Transcript);
        var billingLock = billing.LockBytes;

        // Now Orders checks what it sends against Billing's view too. A consumer that reads fewer members than are
        // sent, under its own names: both build clean.
        orders.WriteProjectFile("orders", extraItems: ManifestItem(orders, billing));
        var ordersLock = orders.LockBytes;
        var (ordersClean, billingClean) = await BothAsync(orders, billing);
        Assert.True(ordersClean.Succeeded, ordersClean.Transcript);
        Assert.Empty(ordersClean.Contracts);
        Assert.True(billingClean.Succeeded, billingClean.Transcript);
        Assert.Empty(billingClean.Contracts);

        // Orders stops sending 'total', which Billing requires, and changes nothing else: Orders' build fails, naming
        // Billing, next to its own evolution gate.
        orders.Write("OrderPlaced.cs", OrdersV1.Replace("decimal Total, ", ""));
        var removed = await orders.BuildAsync();
        Assert.False(removed.Succeeded, removed.Transcript);
        AssertTotalRemoved(orders, removed);

        // Updating the lock does not get it past either gate: refused, the lock as it was.
        var refused = await orders.UpdateLockAsync();
        Assert.False(refused.Succeeded, refused.Transcript);
        AssertTotalRemoved(orders, refused);
        Assert.Equal(ordersLock, orders.LockBytes);
        Assert.DoesNotContain(refused.Result.StandardOutput, line => line.Contains("Contracts: wrote"));

        // Orders may now send a third channel: its own gate allows it (compatibility None), Billing's view does not.
        orders.Write("OrderPlaced.cs", OrdersV1.Replace("Web, Store", "Web, Store, Phone"));
        orders.WriteProjectFile("orders", "<ContractsCompatibility>None</ContractsCompatibility>", ManifestItem(orders, billing));
        var unreadable = await orders.UpdateLockAsync();
        Assert.False(unreadable.Succeeded, unreadable.Transcript);
        var producerError = Assert.Single(unreadable.Contracts);
        Assert.Equal(("error", "CTR0111"), (producerError.Severity, producerError.Id));
        Assert.Equal(
            "'orders.order-placed' version 1 as orders sends it cannot be read by service 'billing' (Billing/contracts.lock.json): "
            + "ENUM_MEMBER_ADDED: orders.order-placed v1 as orders sends it may send 'Phone' at $.channel (enum:Channel), which "
            + "orders.order-placed v1 as billing reads it does not know (enum:SalesChannel) and has no fallback for (at $.channel). "
            + ProducerFix,
            producerError.Message);
        Assert.Equal(ordersLock, orders.LockBytes);

        // Orders ships it anyway from a build that does not have Billing's manifest (another repository, another
        // team). Billing's build against Orders' current lock fails, naming Orders, its manifest and the rule.
        orders.WriteProjectFile("orders", "<ContractsCompatibility>None</ContractsCompatibility>");
        var shipped = await orders.UpdateLockAsync();
        Assert.True(shipped.Succeeded, shipped.Transcript);
        Assert.Contains("\"Phone\"", orders.LockText);
        billing.Touch("OrderToCharge.cs");
        var billingBroken = await billing.BuildAsync();
        Assert.False(billingBroken.Succeeded, billingBroken.Transcript);
        var consumerError = Assert.Single(billingBroken.Contracts);
        Assert.Equal(("error", "CTR0110"), (consumerError.Severity, consumerError.Id));
        Assert.Equal(PhoneUnknownTo("billing", "Orders/contracts.lock.json"), consumerError.Message);
        // At Billing's member, in Billing's file.
        Assert.Equal(Path.Combine(billing.Folder, "OrderToCharge.cs"), consumerError.File);
        Assert.Equal(6, consumerError.Line);
        Assert.Equal(billingLock, billing.LockBytes);

        // Orders rolls the channel back (its lock as committed before), then makes a compatible change: an optional
        // member. It re-locks with Billing's manifest in its build, and both sides build clean.
        orders.WriteProjectFile("orders", extraItems: ManifestItem(orders, billing));
        File.WriteAllBytes(orders.LockPath, ordersLock);
        orders.Write("OrderPlaced.cs", OrdersV1.Replace("DateTimeOffset PlacedAt", "DateTimeOffset PlacedAt, string? CouponCode = null"));
        var compatible = await orders.UpdateLockAsync();
        Assert.True(compatible.Succeeded, compatible.Transcript);
        Assert.Empty(compatible.Contracts);
        Assert.Contains("\"couponCode\"", orders.LockText);

        orders.Touch("OrderPlaced.cs");
        billing.Touch("OrderToCharge.cs");
        var (ordersAfter, billingAfter) = await BothAsync(orders, billing);
        Assert.True(ordersAfter.Succeeded, ordersAfter.Transcript);
        Assert.Empty(ordersAfter.Contracts);
        Assert.True(billingAfter.Succeeded, billingAfter.Transcript);
        Assert.Empty(billingAfter.Contracts);
        Assert.Equal(billingLock, billing.LockBytes);
    }

    [Fact]
    public async Task ContractsPackageBringsTheProducersManifestToItsConsumers()
    {
        // The producer's contracts package: plain records and, under buildTransitive, its lock and a props file that
        // lists it. No generator in it: the consumer has one.
        var feed = await PackOrdersContractsAsync();

        var packages = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(workspace.Root, "packages") };
        var checkout = workspace.NewProject(
            "Checkout", "checkout", extraItems: $"""<PackageReference Include="Orders.Contracts" Version="{feed.Version}" />""");
        checkout.Write("nuget.config", feed.NuGetConfig);

        // Checkout's own view requires a member Orders never sends.
        const string View = """
            using Contracts;

            namespace Checkout.Receipts;

            [Message("orders.order-placed")]
            public partial record PlacedOrder(Guid OrderId, decimal Total, LAST_MEMBER);

            public sealed class SendReceipt : IConsumer<PlacedOrder>
            {
                public ValueTask ConsumeAsync(PlacedOrder message, MessageContext context, CancellationToken cancellationToken)
                    => ValueTask.CompletedTask;
            }
            """;
        checkout.Write("PlacedOrder.cs", View.Replace("LAST_MEMBER", "string ReceiptEmail"));
        var broken = await checkout.BuildAsync(environment: packages);
        Assert.False(broken.Succeeded, broken.Transcript);
        var error = Assert.Single(broken.Contracts);
        Assert.Equal(("error", "CTR0110"), (error.Severity, error.Id));
        Assert.Equal(
            "checkout reads 'orders.order-placed' version 1 but cannot read what service 'orders' sends (buildTransitive/orders.contracts.lock.json): "
            + "REQUIRED_FIELD_ADDED: orders.order-placed v1 as checkout reads it requires 'receiptEmail' (string), which orders.order-placed v1 "
            + "as orders sends it does not send; make it optional (nullable or with a default) (at $.receiptEmail). " + ConsumerFix,
            error.Message);
        Assert.Equal(Path.Combine(checkout.Folder, "PlacedOrder.cs"), error.File);

        // Optional in the view: compatible with what Orders sends.
        checkout.Write("PlacedOrder.cs", View.Replace("LAST_MEMBER", "string? ReceiptEmail = null"));
        var clean = await checkout.BuildAsync(environment: packages);
        Assert.True(clean.Succeeded, clean.Transcript);
        Assert.Empty(clean.Contracts);
    }

    [Fact]
    public async Task ConsumedMessageNoManifestPublishesWarnsAndEditorConfigCanMakeItAnError()
    {
        var refunds = workspace.NewProject("Refunds", "refunds");
        var ordersManifest = WriteManifest(refunds, "orders", OrdersManifest);
        refunds.WriteProjectFile("refunds", extraItems: $"""<ContractManifest Include="{ordersManifest}" />""");
        refunds.Write("OrderRefunded.cs", """
            using Contracts;

            namespace Refunds;

            [Message("orders.order-refunded")]
            public partial record OrderRefunded(Guid OrderId);

            public sealed class Refund : IConsumer<OrderRefunded>
            {
                public ValueTask ConsumeAsync(OrderRefunded message, MessageContext context, CancellationToken cancellationToken)
                    => ValueTask.CompletedTask;
            }
            """);

        var warned = await refunds.BuildAsync();
        Assert.True(warned.Succeeded, warned.Transcript);
        var warning = Assert.Single(warned.Contracts);
        Assert.Equal(("warning", "CTR0112"), (warning.Severity, warning.Id));
        Assert.Equal(NoManifestPublishes("refunds", "orders.order-refunded"), warning.Message);
        Assert.Equal(Path.Combine(refunds.Folder, "OrderRefunded.cs"), warning.File);

        refunds.Write(".editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.CTR0112.severity = error

            """);
        refunds.Touch("OrderRefunded.cs");
        var failed = await refunds.BuildAsync();
        Assert.False(failed.Succeeded, failed.Transcript);
        var error = Assert.Single(failed.Contracts);
        Assert.Equal(("error", "CTR0112"), (error.Severity, error.Id));
    }

    [Fact]
    public async Task GlobThatMatchesTheProjectsOwnLockLeavesItOut()
    {
        // A folder like a monorepo: this project and a shipping service's lock, one glob over both.
        var invoicing = workspace.NewProject(
            "Invoicing", "invoicing", extraItems: """<ContractManifest Include="$(MSBuildProjectDirectory)/../**/contracts.lock.json" />""");
        WriteManifest(invoicing, "shipping", """
            {
              "format": 1,
              "service": "shipping",
              "messages": [
                {
                  "name": "invoicing.invoice-issued",
                  "version": 1,
                  "role": "consumes",
                  "compatibility": "Backward",
                  "members": [
                    { "wireName": "invoiceId", "type": "guid", "required": true }
                  ],
                  "objects": [],
                  "enums": []
                }
              ]
            }

            """);
        invoicing.Write("Messages.cs", """
            using Contracts;

            namespace Invoicing;

            [Message("invoicing.invoice-issued")]
            public partial record InvoiceIssued(Guid InvoiceId, Guid OrderId);

            [Publishes<InvoiceIssued>]
            public partial class InvoicePublisher;

            [Message("orders.order-placed")]
            public partial record OrderPlaced(Guid OrderId);

            public sealed class IssueInvoice : IConsumer<OrderPlaced>
            {
                public ValueTask ConsumeAsync(OrderPlaced message, MessageContext context, CancellationToken cancellationToken)
                    => ValueTask.CompletedTask;
            }
            """);
        var locked = await invoicing.UpdateLockAsync();
        Assert.True(locked.Succeeded, locked.Transcript);
        Assert.True(invoicing.HasLock, locked.Transcript);

        // The glob now matches the project's own lock too. Were it read as a manifest, the count below would be 2 and
        // its published message would have a consumer-less info; it is left out: only shipping's manifest counts.
        invoicing.Touch("Messages.cs");
        var build = await invoicing.BuildAsync(detailed: true);
        Assert.True(build.Succeeded, build.Transcript);
        var only = Assert.Single(build.Contracts);
        Assert.Equal(("warning", "CTR0112"), (only.Severity, only.Id));
        Assert.Equal(NoManifestPublishes("invoicing", "orders.order-placed"), only.Message);
        var compile = Assert.Single(build.Result.StandardOutput, line => line.Contains("/additionalfile:", StringComparison.Ordinal) && line.Contains(" /analyzer:", StringComparison.Ordinal));
        Assert.Single(compile.Split(' '), argument => argument == "/additionalfile:" + invoicing.LockPath);
    }

    [Fact]
    public async Task EnumValueTheConsumerDoesNotKnowIsExplainedFromTheConsumersSide()
    {
        // The pair is worded from the consumer's side: Ledger never knew 'Phone' (it does not "no longer know" it),
        // and each side is named by the service it belongs to.
        var ledger = workspace.NewProject("Ledger", "ledger");
        var ordersManifest = WriteManifest(ledger, "orders", OrdersManifest);
        ledger.WriteProjectFile("ledger", extraItems: $"""<ContractManifest Include="{ordersManifest}" />""");
        ledger.Write("OrderToCharge.cs", BillingView.Replace("Billing.Payments", "Ledger"));

        var build = await ledger.BuildAsync();

        Assert.False(build.Succeeded, build.Transcript);
        var error = Assert.Single(build.Contracts);
        Assert.Equal(("error", "CTR0110"), (error.Severity, error.Id));
        Assert.Equal(PhoneUnknownTo("ledger", "orders/contracts.lock.json"), error.Message);
    }

    private static void AssertTotalRemoved(ContractsProject orders, BuildOutput build)
    {
        Assert.Equal(["CTR0100", "CTR0111"], build.Ids("error").Order());
        var crossService = Assert.Single(build.Contracts, d => d.Id == "CTR0111");
        Assert.Equal(
            "'orders.order-placed' version 1 as orders sends it cannot be read by service 'billing' (Billing/contracts.lock.json): "
            + "FIELD_REMOVED: orders.order-placed v1 as orders sends it no longer sends 'total' (decimal), which orders.order-placed v1 "
            + "as billing reads it requires (at $.total). " + ProducerFix,
            crossService.Message);
        Assert.Equal(Path.Combine(orders.Folder, "OrderPlaced.cs"), crossService.File);
        var evolution = Assert.Single(build.Contracts, d => d.Id == "CTR0100");
        Assert.Equal(
            "FIELD_REMOVED: orders.order-placed v1 in this build no longer sends 'total' (decimal), which orders.order-placed v1 in "
            + "contracts.lock.json requires (at $.total). Message 'orders.order-placed' version 1 must stay Forward compatible with "
            + "contracts.lock.json. Fix: revert the change, or ship it as a new version: copy the record, give the copy "
            + "[Message(\"orders.order-placed\", Version = 2)] and keep the old record for the consumers still running",
            evolution.Message);
    }

    // The whole texts of the cross-service gate's diagnostics: both services, the message and version, the member, a fix.
    private const string ProducerFix = "Fix: keep sending what 'billing' reads, or ship the change as version 2 and keep sending version 1 until 'billing' has moved";

    private const string ConsumerFix =
        "Fix: make this view read what 'orders' sends (make optional or drop a member 'orders' does not always send, add the enum "
        + "members it may send), or agree the change with 'orders' first";

    private static string PhoneUnknownTo(string consumer, string manifest)
        => $"{consumer} reads 'orders.order-placed' version 1 but cannot read what service 'orders' sends ({manifest}): "
           + $"ENUM_MEMBER_REMOVED: orders.order-placed v1 as {consumer} reads it does not know 'Phone' at $.channel (enum:SalesChannel), "
           + "which orders.order-placed v1 as orders sends it may send (enum:Channel); the reader must know every member the writer may "
           + "send (at $.channel). " + ConsumerFix;

    private static string NoManifestPublishes(string consumer, string message)
        => $"{consumer} consumes '{message}' but none of the 1 contract manifest(s) publishes it; add the producer's manifest "
           + "(<ContractManifest Include=\"...\" />) or check the message name";

    /// <summary>The <c>&lt;ContractManifest&gt;</c> line that points from one project's folder at another's lock.</summary>
    private static string ManifestItem(ContractsProject project, ContractsProject other)
        => $"""<ContractManifest Include="{Path.GetRelativePath(project.Folder, other.LockPath)}" />""";

    /// <summary>Another service's lock in a folder beside <paramref name="project"/>'s, as a checkout would hold it.</summary>
    private static string WriteManifest(ContractsProject project, string service, string text)
    {
        var folder = Path.Combine(Path.GetDirectoryName(project.Folder)!, service);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "contracts.lock.json");
        File.WriteAllText(path, text);
        return path;
    }

    private static async Task<(BuildOutput First, BuildOutput Second)> BothAsync(ContractsProject first, ContractsProject second)
    {
        // Independent builds (restored, references already built): side by side to save wall-clock time.
        var builds = await Task.WhenAll(first.BuildAsync(), second.BuildAsync());
        return (builds[0], builds[1]);
    }

    private async Task<ManifestPackage> PackOrdersContractsAsync()
    {
        // Its own empty Directory.Build.* end MSBuild's upward search, so the workspace's Contracts setup stays out.
        var folder = Path.Combine(workspace.Root, "orders-contracts-repo");
        var buildTransitive = Path.Combine(folder, "buildTransitive");
        Directory.CreateDirectory(buildTransitive);
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(folder, name), "<Project />\n");
        }

        var version = "1.0.0-e2e" + Guid.NewGuid().ToString("N")[..8];
        File.WriteAllText(Path.Combine(folder, "Orders.Contracts.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <PackageId>Orders.Contracts</PackageId>
                <Version>{version}</Version>
              </PropertyGroup>
              <ItemGroup>
                <None Include="buildTransitive/*" Pack="true" PackagePath="buildTransitive/" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "OrderPlaced.cs"), """
            using System;

            namespace Orders.Contracts;

            public sealed record OrderPlaced(Guid OrderId, string CustomerId, decimal Total, string Channel);
            """);
        File.WriteAllText(Path.Combine(buildTransitive, "orders.contracts.lock.json"), OrdersManifest);
        File.WriteAllText(Path.Combine(buildTransitive, "Orders.Contracts.props"), """
            <Project>
              <ItemGroup>
                <ContractManifest Include="$(MSBuildThisFileDirectory)orders.contracts.lock.json" />
              </ItemGroup>
            </Project>
            """);

        var feed = Path.Combine(workspace.Root, "feed");
        var pack = await DotnetCli.RunAsync(
            ["pack", Path.Combine(folder, "Orders.Contracts.csproj"), "-o", feed, "--artifacts-path", workspace.ArtifactsPath, "-tl:off", "-nologo"],
            ContractsWorkspace.Timeout,
            folder);
        Assert.False(pack.TimedOut, pack.Transcript);
        Assert.True(pack.ExitCode == 0, pack.Transcript);
        Assert.True(File.Exists(Path.Combine(feed, $"Orders.Contracts.{version}.nupkg")), pack.Transcript);

        // The feed joins the machine's sources; the machine's package folder is a read-only fallback, so the fresh
        // NUGET_PACKAGES folder only ever holds what this test packed.
        var machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var fallback = Directory.Exists(machinePackages)
            ? $"""<fallbackPackageFolders><add key="machine" value="{machinePackages}" /></fallbackPackageFolders>"""
            : "";
        return new ManifestPackage(version, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="orders-contracts-feed" value="{feed}" />
              </packageSources>
              {fallback}
            </configuration>
            """);
    }

    private sealed record ManifestPackage(string Version, string NuGetConfig);
}
