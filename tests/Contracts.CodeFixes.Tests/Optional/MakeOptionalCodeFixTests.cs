using System.Threading.Tasks;
using Contracts.CodeFixes.Optional;
using Contracts.CodeFixes.Tests.Infrastructure;
using Contracts.Generator.Tests.Evolution;
using Xunit;

namespace Contracts.CodeFixes.Tests.Optional;

/// <summary>Billing's view of Orders' message, checked against the manifest Orders built (CTR0110).</summary>
public sealed class MakeOptionalCodeFixTests
{
    private const string OrdersManifestPath = "/repo/orders/contracts.lock.json";

    // What Orders sends: no invoiceEmail, no note.
    private static readonly string OrdersManifest = LockHarness.LockOf("orders", null, """
        using System;
        using Contracts;

        namespace Orders;

        [Message("orders.order-placed")]
        public partial record OrderPlaced(Guid OrderId, decimal Total);

        [Publishes<OrderPlaced>]
        public partial class OrdersPublisher;
        """);

    private const string Consumer = """

        public sealed class Charge : IConsumer<OrderPlaced>
        {
            public ValueTask ConsumeAsync(OrderPlaced message, MessageContext context, CancellationToken cancellationToken) => default;
        }
        """;

    [Fact]
    public async Task LastParameterBecomesNullableWithADefault()
    {
        var test = Billing(
            """
            using Contracts;

            [Message("orders.order-placed")]
            public partial record OrderPlaced(Guid OrderId, decimal Total, string {|CTR0110:InvoiceEmail|});
            """ + Consumer,
            """
            using Contracts;

            [Message("orders.order-placed")]
            public partial record OrderPlaced(Guid OrderId, decimal Total, string? InvoiceEmail = null);
            """ + Consumer);
        await test.RunAsync();
    }

    // A default before a parameter without one would not compile: the nullable type alone makes it optional.
    [Fact]
    public async Task ParameterBeforeARequiredOneBecomesNullableOnly()
    {
        var test = Billing(
            """
            using Contracts;

            [Message("orders.order-placed")]
            public partial record OrderPlaced(Guid OrderId, int {|CTR0110:Attempt|}, decimal Total);
            """ + Consumer,
            """
            using Contracts;

            [Message("orders.order-placed")]
            public partial record OrderPlaced(Guid OrderId, int? Attempt, decimal Total);
            """ + Consumer);
        await test.RunAsync();
    }

    [Fact]
    public async Task RequiredPropertyLosesRequiredAndBecomesNullable()
    {
        var test = Billing(
            """
            using Contracts;

            [Message("orders.order-placed")]
            public partial record OrderPlaced(Guid OrderId, decimal Total)
            {
                public required string {|CTR0110:Note|} { get; init; }
            }
            """ + Consumer,
            """
            using Contracts;

            [Message("orders.order-placed")]
            public partial record OrderPlaced(Guid OrderId, decimal Total)
            {
                public string? Note { get; init; }
            }
            """ + Consumer);
        await test.RunAsync();
    }

    // Fix All over both members; the view then reads what Orders sends, and the build is clean.
    [Fact]
    public async Task FixAllMakesEveryMemberOptionalAndTheViewBuildsClean()
    {
        var test = Billing(
            """
            using Contracts;

            [Message("orders.order-placed")]
            public partial record OrderPlaced(Guid OrderId, string {|CTR0110:Coupon|}, decimal Total, string {|CTR0110:InvoiceEmail|});
            """ + Consumer,
            """
            using Contracts;

            [Message("orders.order-placed")]
            public partial record OrderPlaced(Guid OrderId, string? Coupon, decimal Total, string? InvoiceEmail = null);
            """ + Consumer);
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    private static FixTest<MakeOptionalCodeFix> Billing(string before, string after)
        => new FixTest<MakeOptionalCodeFix> { TestCode = before, FixedCode = after }
            .WithProperty("ContractsServiceName", "billing")
            .WithManifest(OrdersManifestPath, OrdersManifest);
}
