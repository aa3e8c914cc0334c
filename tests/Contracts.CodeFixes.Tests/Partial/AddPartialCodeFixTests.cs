using System.Threading.Tasks;
using Contracts.CodeFixes.Partial;
using Contracts.CodeFixes.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Contracts.CodeFixes.Tests.Partial;

public sealed class AddPartialCodeFixTests
{
    [Fact]
    public async Task MessageBecomesPartial()
    {
        var test = new FixTest<AddPartialCodeFix>
        {
            TestCode = """
                using Contracts;

                [Message("orders.order-placed")]
                public record {|CTR0001:OrderPlaced|}(Guid OrderId);
                """,
            FixedCode = """
                using Contracts;

                [Message("orders.order-placed")]
                public partial record OrderPlaced(Guid OrderId);
                """,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task PublisherBecomesPartial()
    {
        var test = new FixTest<AddPartialCodeFix>
        {
            TestCode = """
                using Contracts;

                [Message("orders.order-placed")]
                public partial record OrderPlaced(int Quantity);

                [Publishes<OrderPlaced>]
                public class {|CTR0009:OrdersPublisher|};
                """,
            FixedCode = """
                using Contracts;

                [Message("orders.order-placed")]
                public partial record OrderPlaced(int Quantity);

                [Publishes<OrderPlaced>]
                public partial class OrdersPublisher;
                """,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task NestedRecordBecomesPartialNotTheMessage()
    {
        var test = new FixTest<AddPartialCodeFix>
        {
            TestCode = """
                using Contracts;

                [Message("orders.order-shipped")]
                public partial record OrderShipped(string OrderId, Address ShipTo);

                public record {|CTR0011:Address|}(string Street, string City);
                """,
            FixedCode = """
                using Contracts;

                [Message("orders.order-shipped")]
                public partial record OrderShipped(string OrderId, Address ShipTo);

                public partial record Address(string Street, string City);
                """,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task ContainingTypeBecomesPartialBeforeItsOtherModifiers()
    {
        var test = new FixTest<AddPartialCodeFix>
        {
            TestCode = """
                using Contracts;

                public static class {|CTR0015:Orders|}
                {
                    [Message("orders.order-placed")]
                    public partial record OrderPlaced(int Quantity);
                }
                """,
            FixedCode = """
                using Contracts;

                public static partial class Orders
                {
                    [Message("orders.order-placed")]
                    public partial record OrderPlaced(int Quantity);
                }
                """,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task DeclarationWithoutModifiersKeepsItsCommentAndIndentation()
    {
        var test = new FixTest<AddPartialCodeFix>
        {
            TestCode = """
                using Contracts;

                namespace Shop
                {
                    [Message("orders.order-placed")]
                    // The order as placed.
                    record {|CTR0001:OrderPlaced|}(int Quantity);
                }
                """,
            FixedCode = """
                using Contracts;

                namespace Shop
                {
                    [Message("orders.order-placed")]
                    // The order as placed.
                    partial record OrderPlaced(int Quantity);
                }
                """,
        };
        await test.RunAsync();
    }

    // One Fix All over every kind: the messages, the nested record both use (reported once per message, fixed once),
    // the publisher. The result is what the build accepts: no diagnostic is left.
    [Fact]
    public async Task FixAllMakesEveryDeclarationPartialAndTheProjectBuildsClean()
    {
        var test = new FixTest<AddPartialCodeFix>
        {
            TestCode = """
                using Contracts;

                [Message("orders.order-placed")]
                public record {|CTR0001:OrderPlaced|}(Guid OrderId, Address ShipTo);

                [Message("orders.order-shipped")]
                public record {|CTR0001:OrderShipped|}(Guid OrderId, Address ShipTo);

                public sealed record {|CTR0011:{|CTR0011:Address|}|}(string Street, string City);

                [Publishes<OrderPlaced>]
                [Publishes<OrderShipped>]
                internal sealed class {|CTR0009:OrdersPublisher|};
                """,
            FixedCode = """
                using Contracts;

                [Message("orders.order-placed")]
                public partial record OrderPlaced(Guid OrderId, Address ShipTo);

                [Message("orders.order-shipped")]
                public partial record OrderShipped(Guid OrderId, Address ShipTo);

                public sealed partial record Address(string Street, string City);

                [Publishes<OrderPlaced>]
                [Publishes<OrderShipped>]
                internal sealed partial class OrdersPublisher;
                """,
            NumberOfFixAllIterations = 1,
        };
        await test.RunAsync();
    }
}
