using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Tests.Evolution;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Generator.Tests.Upcasts;

/// <summary>
/// The gates with upcasters and aliases: a consumer that moved to v2 with an upcaster from v1 is satisfied by a
/// producer that still sends v1 (and is checked against it with its own v1 view); a renamed message matches a
/// producer or lock entry of its old name. Every message asserted whole.
/// </summary>
public sealed class UpcastGateTests
{
    private const string PaymentsPath = "/repo/payments/contracts.lock.json";

    private const string Usings = """
        using System.Threading;
        using System.Threading.Tasks;
        using Contracts;

        """;

    // The producer still sends v1 only.
    private const string PaymentsV1 = Usings + """
        namespace Payments;

        [Message("payments.received", Version = 1)]
        public partial record PaymentReceived(string OrderId, decimal Amount);

        [Publishes<PaymentReceived>]
        public partial class PaymentsPublisher;
        """;

    // The consumer moved to v2; its view of v1 is {VIEW}.
    private const string Billing = Usings + """
        namespace Billing;

        [Message("payments.received", Version = 1)]
        public partial record PaymentReceivedV1({VIEW});

        [Message("payments.received", Version = 2)]
        public partial record PaymentReceived(string OrderId, decimal Amount, string Currency);

        public sealed class PaymentV1ToV2 : IUpcast<PaymentReceivedV1, PaymentReceived>
        {
            public PaymentReceived Upcast(PaymentReceivedV1 message) => new(message.OrderId, message.Amount, "EUR");
        }

        public sealed class Settle : IConsumer<PaymentReceived>
        {
            public ValueTask ConsumeAsync(PaymentReceived message, MessageContext context, CancellationToken cancellationToken) => default;
        }
        """;

    private static readonly string BillingWithUpcaster = Billing.Replace("{VIEW}", "string OrderId, decimal Amount");

    [Fact]
    public void AConsumerOfV2WithAnUpcasterFromV1IsSatisfiedByAProducerOfV1Only()
    {
        var payments = Manifest("payments", PaymentsV1);
        var withoutUpcaster = BillingWithUpcaster.Replace("IUpcast<PaymentReceivedV1, PaymentReceived>", "System.IDisposable").Replace("public PaymentReceived Upcast(PaymentReceivedV1 message) =>", "public void Dispose() { } public PaymentReceived Convert(PaymentReceivedV1 message) =>");

        Assert.Empty(Build("billing", BillingWithUpcaster, (PaymentsPath, payments)).Diagnostics);

        var warning = Assert.Single(Build("billing", withoutUpcaster, (PaymentsPath, payments)).Diagnostics);
        Assert.Equal("CTR0113", warning.Id);
        Assert.Equal(
            "billing consumes 'payments.received' version 2, but the contract manifests publish only version(s) 1; consume a version that is sent, or check the producer's manifest is current",
            warning.GetMessage());
    }

    [Fact]
    public void TheProducersV1IsCheckedAgainstTheConsumersV1View()
    {
        var greedy = Billing.Replace("{VIEW}", "string OrderId, decimal Amount, string Iban");

        var error = Assert.Single(Build("billing", greedy, (PaymentsPath, Manifest("payments", PaymentsV1))).Diagnostics);

        Assert.Equal("CTR0110", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(
            "billing reads 'payments.received' version 1 but cannot read what service 'payments' sends (payments/contracts.lock.json): REQUIRED_FIELD_ADDED: payments.received v1 as billing reads it requires 'iban' (string), which payments.received v1 as payments sends it does not send; make it optional (nullable or with a default) (at $.iban). Fix: make this view read what 'payments' sends (make optional or drop a member 'payments' does not always send, add the enum members it may send), or agree the change with 'payments' first",
            error.GetMessage());
        Assert.Equal("Iban", error.Location.SourceTree!.GetText().ToString(error.Location.SourceSpan));
    }

    [Fact]
    public void TheLockRecordsTheUpcasterAndTheProducerFindsItsV1Consumer()
    {
        var billing = Manifest("billing", BillingWithUpcaster);

        Assert.Contains(
            """
                  "name": "payments.received",
                  "version": 2,
                  "role": "consumes",
                  "compatibility": "Backward",
                  "upcastFrom": [
                    { "name": "payments.received", "version": 1 }
                  ],
            """.Replace("\r\n", "\n"),
            billing);
        Assert.Contains("\"version\": 1,\n      \"role\": \"consumes\",\n      \"compatibility\": \"Backward\",\n      \"members\": [", billing);

        // The producer that sends v1 has a consumer of it: no CTR0114.
        Assert.Empty(Build("payments", PaymentsV1, ("/repo/billing/contracts.lock.json", billing)).Diagnostics);
    }

    [Fact]
    public void AnUpcasterIntoSomethingNobodyConsumesAddsNothingToTheLock()
    {
        var idle = BillingWithUpcaster.Replace("IConsumer<PaymentReceived>", "System.IDisposable").Replace("public ValueTask ConsumeAsync(PaymentReceived message, MessageContext context, CancellationToken cancellationToken) => default;", "public void Dispose() { }");

        var result = LockHarness.Run(null, LockHarness.Update, idle);

        Assert.Empty(result.Diagnostics);
        Assert.False(result.Files.ContainsKey(Contracts.Generator.Emitting.LockEmitter.HintName));
    }

    [Fact]
    public void AConsumerOfARenamedMessageMatchesAProducerOfItsOldName()
    {
        const string orders = Usings + """
            namespace Orders;

            [Message("orders.order-placed")]
            public partial record OrderPlaced(string OrderId);

            [Publishes<OrderPlaced>]
            public partial class OrdersPublisher;
            """;
        const string renamed = Usings + """
            namespace Shipping;

            [Message("orders.placed", Aliases = new[] { "orders.order-placed" })]
            public partial record OrderPlaced(string OrderId);

            public sealed class Ship : IConsumer<OrderPlaced>
            {
                public ValueTask ConsumeAsync(OrderPlaced message, MessageContext context, CancellationToken cancellationToken) => default;
            }
            """;
        var producer = ("/repo/orders/contracts.lock.json", Manifest("orders", orders));

        Assert.Empty(Build("shipping", renamed, producer).Diagnostics);
        Assert.Contains("\"name\": \"orders.placed\",\n      \"version\": 1,\n      \"role\": \"consumes\",\n      \"compatibility\": \"Backward\",\n      \"aliases\": [\n        \"orders.order-placed\"\n      ],", Manifest("shipping", renamed));

        // The producer of the old name finds the renamed consumer (no CTR0114), and so does one already renamed.
        Assert.Empty(Build("orders", orders, ("/repo/shipping/contracts.lock.json", Manifest("shipping", renamed))).Diagnostics);
        var withoutAlias = renamed.Replace(", Aliases = new[] { \"orders.order-placed\" }", string.Empty);
        var missing = Assert.Single(Build("shipping", withoutAlias, producer).Diagnostics);
        Assert.Equal("CTR0112", missing.Id);
        Assert.Equal(
            "shipping consumes 'orders.placed' but none of the 1 contract manifest(s) publishes it; add the producer's manifest (<ContractManifest Include=\"...\" />) or check the message name",
            missing.GetMessage());
    }

    [Fact]
    public void ARenameWithTheOldNameAsAliasIsNotARemoval()
    {
        const string before = Usings + """
            namespace Orders;

            [Message("orders.order-placed")]
            public partial record OrderPlaced(string OrderId);

            [Publishes<OrderPlaced>]
            public partial class OrdersPublisher;
            """;
        var locked = LockHarness.Lock(null, before);
        var renamed = before.Replace("[Message(\"orders.order-placed\")]", "[Message(\"orders.placed\", Aliases = new[] { \"orders.order-placed\" })]");
        var withoutAlias = before.Replace("[Message(\"orders.order-placed\")]", "[Message(\"orders.placed\")]");

        var outOfDate = Assert.Single(LockHarness.Run(locked, null, renamed).Diagnostics);
        Assert.Equal("CTR0101", outOfDate.Id);
        Assert.Equal(
            "'orders.placed' version 1 differs from contracts.lock.json; the change is compatible, so only the lock is out of date: run 'dotnet build -p:UpdateContractsLock=true' and commit contracts.lock.json",
            outOfDate.GetMessage());

        var removed = LockHarness.Run(locked, null, withoutAlias).Diagnostics;
        Assert.Equal(["CTR0100", "CTR0101"], removed.Select(d => d.Id));
        Assert.Equal(
            "MESSAGE_REMOVED: this project published 'orders.order-placed' version 1 and no longer does; consumers still running wait for it. Message 'orders.order-placed' version 1 must stay Forward compatible with contracts.lock.json. Fix: revert the change, or ship it as a new version: copy the record, give the copy [Message(\"orders.order-placed\", Version = 2)] and keep the old record for the consumers still running",
            removed[0].GetMessage());
    }

    private static string Manifest(string service, string source) => LockHarness.LockOf(service, null, source);

    private static GeneratorResult Build(string service, string source, params (string Path, string Text)[] manifests)
        => LockHarness.Run(
            null,
            new Dictionary<string, string> { ["ContractsServiceName"] = service, ["ContractsLockFile"] = "" },
            manifests,
            source);
}
