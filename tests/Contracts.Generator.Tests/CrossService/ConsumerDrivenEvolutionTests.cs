using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Tests.Evolution;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Generator.Tests.CrossService;

/// <summary>
/// <c>ContractsFleetComplete</c>: with the other services' manifests declared to be all of them, a producer's change is
/// judged by what those consumers read instead of by FORWARD alone (the eShop case: an enum member added that every
/// consumer reads as a string). Without the declaration the mode decides, as always.
/// </summary>
public sealed class ConsumerDrivenEvolutionTests
{
    private const string BillingPath = "/repo/billing/contracts.lock.json";

    private const string Usings = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Contracts;

        """;

    private const string OrdersV1 = Usings + """
        namespace Orders;

        [Message("orders.order-placed")]
        public partial record OrderPlaced(Guid OrderId, Status Status);

        public enum Status { Placed, Paid }

        [Publishes<OrderPlaced>]
        public partial class OrdersPublisher;
        """;

    private static readonly string OrdersWithRefunded = OrdersV1.Replace("{ Placed, Paid }", "{ Placed, Paid, Refunded }");

    private const string BillingReadsAString = Usings + """
        namespace Billing;

        [Message("orders.order-placed")]
        public partial record PlacedOrder(Guid OrderId, string Status);

        public sealed class Charge : IConsumer<PlacedOrder>
        {
            public ValueTask ConsumeAsync(PlacedOrder message, MessageContext context, CancellationToken cancellationToken) => default;
        }
        """;

    private static readonly string BillingReadsTheEnum = BillingReadsAString.Replace("string Status);", "State Status);\n\npublic enum State { Placed, Paid }");

    [Fact]
    public void WithoutTheDeclarationFORWARDDecides()
    {
        var error = Assert.Single(Build(OrdersWithRefunded, BillingReadsAString, fleetComplete: false).Diagnostics);

        Assert.Equal("CTR0100", error.Id);
    }

    [Fact]
    public void AnEnumMemberEveryKnownConsumerReadsAsAStringIsAccepted()
    {
        var diagnostics = Build(OrdersWithRefunded, BillingReadsAString, fleetComplete: true).Diagnostics;

        // Accepted as any compatible change is: only the lock is out of date.
        Assert.Equal(new[] { "CTR0101", "CTR0104" }, diagnostics.Select(d => d.Id).OrderBy(id => id));
        var info = diagnostics.Single(d => d.Id == "CTR0104");
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Equal(
            "'orders.order-placed' version 1: Forward compatibility with contracts.lock.json rejects this change (ENUM_MEMBER_ADDED at $.status), but the fleet is declared complete and every consumer in it reads what is sent now; consulted: 'billing' (billing/contracts.lock.json). Accepted: update the lock as for any compatible change. A consumer outside the declared fleet is not protected",
            info.GetMessage());
    }

    [Fact]
    public void AKnownConsumerThatCannotReadTheNewMemberFailsTheBuildAndIsNamed()
    {
        var diagnostics = Build(OrdersWithRefunded, BillingReadsTheEnum, fleetComplete: true).Diagnostics.OrderBy(d => d.Id).ToList();

        Assert.Equal(new[] { "CTR0105", "CTR0111" }, diagnostics.Select(d => d.Id));
        Assert.Equal(DiagnosticSeverity.Error, diagnostics[0].Severity);
        Assert.Equal(
            "ENUM_MEMBER_ADDED: orders.order-placed v1 as orders sends it may send 'Refunded' at $.status (enum:Status), which orders.order-placed v1 as billing reads it does not know (enum:State) and has no fallback for (at $.status). Message 'orders.order-placed' version 1 is judged by its known consumers because the fleet is declared complete (consulted: 'billing' (billing/contracts.lock.json)), and service 'billing' (billing/contracts.lock.json) cannot read what is sent now. Fix: keep sending what 'billing' reads, or ship the change as a new version: copy the record, give the copy [Message(\"orders.order-placed\", Version = 2)] and keep the old record for the consumers still running",
            diagnostics[0].GetMessage());
    }

    private static GeneratorResult Build(string orders, string billing, bool fleetComplete)
    {
        var properties = new Dictionary<string, string> { ["ContractsServiceName"] = "orders", ["ContractsLockFile"] = "" };
        if (fleetComplete)
        {
            properties["ContractsFleetComplete"] = "true";
        }

        var manifests = new[] { (BillingPath, LockHarness.LockOf("billing", null, billing)) };
        return LockHarness.Run(LockHarness.LockOf("orders", null, OrdersV1), properties, manifests, orders);
    }
}
