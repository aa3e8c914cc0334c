using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Tests.Evolution;
using Contracts.Schema;
using Contracts.Schema.Manifest;
using Xunit;

namespace Contracts.Generator.Tests.CrossService;

/// <summary>
/// A consumer's dispatcher names the producer schemas its build checked, by fingerprint, so that the runtime can tell
/// a message from a checked producer from one deployed without the gate (issue 18, drift at run time).
/// </summary>
public sealed class DriftEmissionTests
{
    private const string Producer = """
        using System;
        using Contracts;
        namespace Orders;
        [Message("orders.order-placed")] public partial record OrderPlaced(Guid OrderId, decimal Total, string? Coupon = null);
        [Publishes<OrderPlaced>] public partial class OrdersPublisher;
        """;

    private const string Consumer = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Contracts;
        namespace Billing;
        [Message("orders.order-placed")] public partial record Placed(Guid OrderId, decimal Total);
        public sealed class Charge : IConsumer<Placed>
        {
            public ValueTask ConsumeAsync(Placed message, MessageContext context, CancellationToken cancellationToken) => default;
        }
        """;

    [Fact]
    public void The_dispatcher_names_the_fingerprint_of_every_producer_the_gate_accepted()
    {
        var orders = LockHarness.LockOf("orders", null, Producer);
        var stricter = LockHarness.LockOf("orders-legacy", null, Producer.Replace("decimal Total", "string Total").Replace("namespace Orders", "namespace Legacy"));

        var dispatcher = Build(("/repo/orders/contracts.lock.json", orders), ("/repo/legacy/contracts.lock.json", stricter)).Files["Contracts.Dispatcher.g.cs"];

        var fingerprint = SchemaFingerprint.Of(ManifestReader.Read("x", orders).Manifest!.Messages.Single().Schema);
        Assert.Contains($"new global::Contracts.Drift.CheckedSchema(\"orders.order-placed\", 1, \"{fingerprint}\"),", dispatcher);
        Assert.Single(dispatcher.Split('\n'), line => line.Contains("new global::Contracts.Drift.CheckedSchema("));
    }

    [Fact]
    public void Without_manifests_the_dispatcher_names_none_and_the_runtime_compares_nothing()
        => Assert.DoesNotContain("CheckedSchemas", Build().Files["Contracts.Dispatcher.g.cs"]);

    private static GeneratorResult Build(params (string Path, string Text)[] manifests)
        => LockHarness.Run(null, new Dictionary<string, string> { ["ContractsServiceName"] = "billing", ["ContractsLockFile"] = "" }, manifests, Consumer);
}
