using System.Threading.Tasks;
using Contracts.CodeFixes.Evolution;
using Contracts.CodeFixes.Tests.Infrastructure;
using Contracts.Generator.Tests.Evolution;
using Xunit;

namespace Contracts.CodeFixes.Tests.Evolution;

/// <summary>Orders renamed members of a message its committed lock holds (CTR0100, WIRE_NAME_CHANGED).</summary>
public sealed class KeepWireNameCodeFixTests
{
    private const string Publisher = """

        [Publishes<OrderPlaced>]
        public partial class OrdersPublisher;
        """;

    private static readonly string Locked = LockHarness.Lock(null, """
        using System;
        using Contracts;

        [Message("orders.order-placed")]
        public partial record OrderPlaced(Guid OrderId, string CustomerId, decimal Total)
        {
            public required string Note { get; init; }
        }
        """ + Publisher);

    [Fact]
    public async Task RenamedParameterKeepsItsWireNameAndTheBuildIsClean()
    {
        var test = new FixTest<KeepWireNameCodeFix>
        {
            TestCode = """
                using Contracts;

                [Message("orders.order-placed")]
                public partial record {|CTR0100:OrderPlaced|}(Guid OrderId, string CustomerNumber, decimal Total)
                {
                    public required string Note { get; init; }
                }
                """ + Publisher,
            FixedCode = """
                using Contracts;

                [Message("orders.order-placed")]
                public partial record OrderPlaced(Guid OrderId, [WireName("customerId")] string CustomerNumber, decimal Total)
                {
                    public required string Note { get; init; }
                }
                """ + Publisher,
        }.WithLock(Locked);
        await test.RunAsync();
    }

    [Fact]
    public async Task RenamedPropertyGetsTheAttributeOnTheLineAbove()
    {
        var test = new FixTest<KeepWireNameCodeFix>
        {
            TestCode = """
                using Contracts;

                [Message("orders.order-placed")]
                public partial record {|CTR0100:OrderPlaced|}(Guid OrderId, string CustomerId, decimal Total)
                {
                    public required string Remark { get; init; }
                }
                """ + Publisher,
            FixedCode = """
                using Contracts;

                [Message("orders.order-placed")]
                public partial record OrderPlaced(Guid OrderId, string CustomerId, decimal Total)
                {
                    [WireName("note")]
                    public required string Remark { get; init; }
                }
                """ + Publisher,
        }.WithLock(Locked);
        await test.RunAsync();
    }

    // The pin itself was edited: it gets the locked name back.
    [Fact]
    public async Task ChangedPinGetsTheOldNameBack()
    {
        var test = new FixTest<KeepWireNameCodeFix>
        {
            TestCode = """
                using Contracts;

                [Message("orders.order-placed")]
                public partial record {|CTR0100:OrderPlaced|}(Guid OrderId, [WireName("customer")] string CustomerId, decimal Total)
                {
                    public required string Note { get; init; }
                }
                """ + Publisher,
            FixedCode = """
                using Contracts;

                [Message("orders.order-placed")]
                public partial record OrderPlaced(Guid OrderId, [WireName("customerId")] string CustomerId, decimal Total)
                {
                    public required string Note { get; init; }
                }
                """ + Publisher,
        }.WithLock(Locked);
        await test.RunAsync();
    }

    [Fact]
    public async Task FixAllKeepsEveryRenamedMembersWireName()
    {
        var test = new FixTest<KeepWireNameCodeFix>
        {
            TestCode = """
                using Contracts;

                [Message("orders.order-placed")]
                public partial record {|CTR0100:{|CTR0100:OrderPlaced|}|}(Guid OrderId, string CustomerNumber, decimal Amount)
                {
                    public required string Note { get; init; }
                }
                """ + Publisher,
            FixedCode = """
                using Contracts;

                [Message("orders.order-placed")]
                public partial record OrderPlaced(Guid OrderId, [WireName("customerId")] string CustomerNumber, [WireName("total")] decimal Amount)
                {
                    public required string Note { get; init; }
                }
                """ + Publisher,
            NumberOfFixAllIterations = 1,
        }.WithLock(Locked);
        await test.RunAsync();
    }
}
