using System.Linq;
using Xunit;

namespace Contracts.Generator.Tests.Diagnostics;

/// <summary>
/// A message the generator cannot generate has its CTR error and nothing else: its publishers and consumers leave it
/// out of their generated code, so no compiler error in generated files follows the one the user has to fix.
/// </summary>
public sealed class FollowOnErrorTests
{
    private const string PublisherAndConsumer = """

        [Publishes<Placed>, Publishes<Cancelled>]
        public partial class OrdersPublisher;

        public sealed class Audit : IConsumer<Placed>, IConsumer<Cancelled>
        {
            public ValueTask ConsumeAsync(Placed message, MessageContext context, CancellationToken cancellationToken) => default;
            public ValueTask ConsumeAsync(Cancelled message, MessageContext context, CancellationToken cancellationToken) => default;
        }
        """;

    [Theory]
    [InlineData("CTR0002", "public partial record Placed(object Payload, int Quantity);")]
    [InlineData("CTR0011", "public partial record Placed(Line Line);\npublic record Line(string Sku);")]
    [InlineData("CTR0008", "public partial record Placed(int Count, [WireName(\"count\")] int Total);")]
    public void A_message_with_a_member_error_gives_only_that_error(string id, string placed)
    {
        var result = GeneratorHarness.Run($$"""
            using System.Threading;
            using System.Threading.Tasks;
            using Contracts;
            namespace Shop;

            [Message("orders.placed")]
            {{placed}}

            [Message("orders.cancelled")]
            public partial record Cancelled(string Reason);
            {{PublisherAndConsumer}}
            """);

        Assert.Equal(new[] { id }, result.Diagnostics.Select(d => d.Id).Distinct());
        DiagnosticAssert.NoFollowOnErrors(result);

        // The message that could be generated is still published and consumed.
        Assert.Contains("Cancelled", result.Files["Shop.OrdersPublisher.Publisher.g.cs"]);
        Assert.DoesNotContain("Placed", result.Files["Shop.OrdersPublisher.Publisher.g.cs"]);
        Assert.Contains("global::Shop.Cancelled", result.Files["Contracts.Dispatcher.g.cs"]);
    }
}
