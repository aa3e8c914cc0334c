using System;
using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Tests.Evolution;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Generator.Tests.CrossService;

/// <summary>
/// Two services in separate compilations that share no code: each one's view checked against the other's manifest,
/// matched by name and version only.
/// </summary>
public sealed class CrossServiceGateTests
{
    private const string OrdersPath = "/repo/orders/contracts.lock.json";
    private const string BillingPath = "/repo/billing/contracts.lock.json";

    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Contracts;

        """;

    // The producer: Orders.
    private const string OrdersV1 = Usings + """
        namespace Orders;

        [Message("orders.order-placed")]
        public partial record OrderPlaced(Guid OrderId, string CustomerId, decimal Total, Status Status, IReadOnlyList<Line> Lines, string? Coupon = null);

        public partial record Line(string Sku, int Quantity);

        public enum Status { Placed, Paid }

        [Publishes<OrderPlaced>]
        public partial class OrdersPublisher;
        """;

    // The consumer: Billing, with its own smaller copy (different CLR names, same wire).
    private const string BillingView = Usings + """
        namespace Billing;

        [Message("orders.order-placed")]
        public partial record PlacedOrder(Guid OrderId, decimal Total, OrderState Status);

        public enum OrderState { Placed, Paid }

        public sealed class Charge : IConsumer<PlacedOrder>
        {
            public ValueTask ConsumeAsync(PlacedOrder message, MessageContext context, CancellationToken cancellationToken) => default;
        }
        """;

    [Fact]
    public void ASmallerCompatibleViewBuildsCleanOnBothSides()
    {
        var orders = Manifest("orders", OrdersV1);
        var billing = Manifest("billing", BillingView);

        Assert.Empty(Build("billing", BillingView, (OrdersPath, orders)).Diagnostics);
        Assert.Empty(Build("orders", OrdersV1, (BillingPath, billing)).Diagnostics);
    }

    [Fact]
    public void ConsumerRequiringAMemberTheProducerDoesNotSendFailsTheConsumersBuild()
    {
        var orders = Manifest("orders", OrdersV1);
        var greedy = BillingView.Replace("OrderState Status)", "OrderState Status, string InvoiceEmail)");

        var error = Assert.Single(Build("billing", greedy, (OrdersPath, orders)).Diagnostics);

        Assert.Equal("CTR0110", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(
            "billing reads 'orders.order-placed' version 1 but cannot read what service 'orders' sends (orders/contracts.lock.json): REQUIRED_FIELD_ADDED: orders.order-placed v1 as billing reads it requires 'invoiceEmail' (string), which orders.order-placed v1 as orders sends it does not send; make it optional (nullable or with a default) (at $.invoiceEmail). Fix: make this view read what 'orders' sends (make optional or drop a member 'orders' does not always send, add the enum members it may send), or agree the change with 'orders' first",
            error.GetMessage());
        Assert.Equal("InvoiceEmail", SourceAt(error));
    }

    [Fact]
    public void ProducerDroppingAMemberAConsumerReadsFailsTheProducersBuild()
    {
        var billing = Manifest("billing", BillingView);
        var leaner = OrdersV1.Replace("decimal Total, ", string.Empty);

        var error = Assert.Single(Build("orders", leaner, (BillingPath, billing)).Diagnostics);

        Assert.Equal("CTR0111", error.Id);
        Assert.Equal(
            "'orders.order-placed' version 1 as orders sends it cannot be read by service 'billing' (billing/contracts.lock.json): FIELD_REMOVED: orders.order-placed v1 as orders sends it no longer sends 'total' (decimal), which orders.order-placed v1 as billing reads it requires (at $.total). Fix: keep sending what 'billing' reads, or ship the change as version 2 and keep sending version 1 until 'billing' has moved",
            error.GetMessage());
    }

    [Fact]
    public void EnumMemberTheConsumerDoesNotKnowFailsBothSides()
    {
        var richer = OrdersV1.Replace("Placed, Paid }", "Placed, Paid, Refunded }");
        var billing = Manifest("billing", BillingView);
        var orders = Manifest("orders", richer);

        Assert.Equal("CTR0111", Assert.Single(Build("orders", richer, (BillingPath, billing)).Diagnostics).Id);
        var consumerSide = Assert.Single(Build("billing", BillingView, (OrdersPath, orders)).Diagnostics);
        Assert.Equal("CTR0110", consumerSide.Id);
        Assert.Equal(
            "billing reads 'orders.order-placed' version 1 but cannot read what service 'orders' sends (orders/contracts.lock.json): ENUM_MEMBER_REMOVED: orders.order-placed v1 as billing reads it does not know 'Refunded' at $.status (enum:OrderState), which orders.order-placed v1 as orders sends it may send (enum:Status); the reader must know every member the writer may send (at $.status). Fix: make this view read what 'orders' sends (make optional or drop a member 'orders' does not always send, add the enum members it may send), or agree the change with 'orders' first",
            consumerSide.GetMessage());
    }

    [Fact]
    public void EnumMemberAddedPassesBothSidesWhenTheConsumerDeclaresAFallback()
    {
        var richer = OrdersV1.Replace("Placed, Paid }", "Placed, Paid, Refunded }");
        var tolerant = BillingView.Replace("public enum OrderState { Placed, Paid }", "public enum OrderState { [EnumFallback] Unknown, Placed, Paid }");
        var billing = Manifest("billing", tolerant);

        Assert.Contains("\"fallback\": \"Unknown\"", billing);
        Assert.Empty(Build("orders", richer, (BillingPath, billing)).Diagnostics);
        Assert.Empty(Build("billing", tolerant, (OrdersPath, Manifest("orders", richer))).Diagnostics);
    }

    [Fact]
    public void TypeChangeOfANestedMemberIsReportedWithItsPath()
    {
        var reader = Usings + """
            namespace Picking;

            [Message("orders.order-placed")]
            public partial record PickList(Guid OrderId, IReadOnlyList<PickLine> Lines);

            public partial record PickLine(string Sku, string Quantity);

            public sealed class Pick : IConsumer<PickList>
            {
                public ValueTask ConsumeAsync(PickList message, MessageContext context, CancellationToken cancellationToken) => default;
            }
            """;

        var error = Assert.Single(Build("picking", reader, (OrdersPath, Manifest("orders", OrdersV1))).Diagnostics);

        Assert.Equal("CTR0110", error.Id);
        Assert.Equal(
            "picking reads 'orders.order-placed' version 1 but cannot read what service 'orders' sends (orders/contracts.lock.json): TYPE_CHANGED: orders.order-placed v1 as orders sends it sends values at $.lines[].quantity as int32, which orders.order-placed v1 as picking reads it reads as string and cannot read (not an allowed widening; see docs/compatibility.md) (at $.lines[].quantity). Fix: make this view read what 'orders' sends (make optional or drop a member 'orders' does not always send, add the enum members it may send), or agree the change with 'orders' first",
            error.GetMessage());
    }

    [Fact]
    public void SeveralConsumersWithDifferentViewsAreEachChecked()
    {
        var audit = Usings + """
            namespace Audit;

            [Message("orders.order-placed")]
            public partial record Placed(Guid OrderId, string CustomerId);

            public sealed class Log : IConsumer<Placed>
            {
                public ValueTask ConsumeAsync(Placed message, MessageContext context, CancellationToken cancellationToken) => default;
            }
            """;
        var withoutCustomer = OrdersV1.Replace("string CustomerId, ", string.Empty);

        var errors = Build("orders", withoutCustomer,
            (BillingPath, Manifest("billing", BillingView)), ("/repo/audit/contracts.lock.json", Manifest("audit", audit))).Diagnostics;

        var error = Assert.Single(errors);
        Assert.Equal(
            "'orders.order-placed' version 1 as orders sends it cannot be read by service 'audit' (audit/contracts.lock.json): FIELD_REMOVED: orders.order-placed v1 as orders sends it no longer sends 'customerId' (string), which orders.order-placed v1 as audit reads it requires (at $.customerId). Fix: keep sending what 'audit' reads, or ship the change as version 2 and keep sending version 1 until 'audit' has moved",
            error.GetMessage());
    }

    [Fact]
    public void TopologyWarnings()
    {
        var orders = Manifest("orders", OrdersV1);
        var wantsV2 = BillingView.Replace("[Message(\"orders.order-placed\")]", "[Message(\"orders.order-placed\", Version = 2)]");
        var wantsOther = BillingView.Replace("\"orders.order-placed\"", "\"orders.order-refunded\"");

        var version = Assert.Single(Build("billing", wantsV2, (OrdersPath, orders)).Diagnostics);
        Assert.Equal("CTR0113", version.Id);
        Assert.Equal(DiagnosticSeverity.Warning, version.Severity);
        Assert.Equal(
            "billing consumes 'orders.order-placed' version 2, but the contract manifests publish only version(s) 1; consume a version that is sent, or check the producer's manifest is current",
            version.GetMessage());

        var missing = Assert.Single(Build("billing", wantsOther, (OrdersPath, orders)).Diagnostics);
        Assert.Equal("CTR0112", missing.Id);
        Assert.Equal(
            "billing consumes 'orders.order-refunded' but none of the 1 contract manifest(s) publishes it; add the producer's manifest (<ContractManifest Include=\"...\" />) or check the message name",
            missing.GetMessage());

        var unconsumed = Assert.Single(Build("orders", OrdersV1, ("/repo/audit/contracts.lock.json", Manifest("audit", wantsOther))).Diagnostics);
        Assert.Equal("CTR0114", unconsumed.Id);
        Assert.Equal(DiagnosticSeverity.Info, unconsumed.Severity);
        Assert.Equal(
            "orders publishes 'orders.order-placed' version 1 but no contract manifest consumes it",
            unconsumed.GetMessage());
    }

    [Fact]
    public void NoManifestsMeansNoTopologyOpinions()
        => Assert.Empty(Build("billing", BillingView).Diagnostics);

    [Fact]
    public void MalformedManifestIsAnErrorWithFileAndLine()
    {
        var broken = Manifest("orders", OrdersV1).Replace("\"required\": true", "\"requried\": true");

        var errors = Build("billing", BillingView, (OrdersPath, broken)).Diagnostics;

        var error = errors.First(d => d.Id == "CTR0115");
        Assert.Equal(OrdersPath, error.Location.GetLineSpan().Path);
        Assert.True(error.Location.GetLineSpan().StartLinePosition.Line > 0);
        Assert.Equal(
            "/repo/orders/contracts.lock.json(12,55): unknown property \"requried\" in a member (expected wireName, type, required); fix the manifest (see docs/manifest-format.md) or remove it from <ContractManifest>",
            error.GetMessage());
    }

    [Fact]
    public void MissingManifestFileIsOneClearErrorAtThatPath()
    {
        // What the compiler hands over for an AdditionalFiles path that does not exist: a text it cannot read.
        var missing = LockHarness.Unreadable("/repo/orders/contracts.lock.json");
        var driver = LockHarness.CreateDriver(null, new Dictionary<string, string> { ["ContractsServiceName"] = "billing", ["ContractsLockFile"] = "" }, new[] { missing });

        var diagnostics = driver.RunGenerators(GeneratorHarness.Compile(BillingView)).GetRunResult().Diagnostics;

        var error = Assert.Single(diagnostics, d => d.Id == "CTR0115");
        Assert.Equal("/repo/orders/contracts.lock.json", error.Location.GetLineSpan().Path);
        Assert.Equal(
            "/repo/orders/contracts.lock.json(1,1): the file does not exist or cannot be read; check the path given to <ContractManifest Include=\"...\" />; fix the manifest (see docs/manifest-format.md) or remove it from <ContractManifest>",
            error.GetMessage());
    }

    private static string Manifest(string service, string source) => LockHarness.LockOf(service, null, source);

    private static GeneratorResult Build(string service, string source, params (string Path, string Text)[] manifests)
        => LockHarness.Run(
            null,
            new Dictionary<string, string> { ["ContractsServiceName"] = service, ["ContractsLockFile"] = "" },
            manifests,
            source);

    private static string SourceAt(Diagnostic diagnostic)
        => diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
}
