using Xunit;

namespace Contracts.Generator.Tests.Diagnostics;

/// <summary>[Publishes&lt;T&gt;] classes: what they publish and whether the generator can extend them.</summary>
public sealed class PublisherDiagnosticsTests
{
    private const string OrderPlaced = """
        using Contracts;
        namespace Shop;

        [Message("orders.order-placed")]
        public partial record OrderPlaced(int Quantity);

        """;

    [Fact]
    public void CTR0007_PublishedTypeNotMessage() => DiagnosticAssert.Error(
        "CTR0007",
        "'PingPublisher' publishes 'Ping', which is not a message; mark 'Ping' with [Message(\"name\")] or publish a message type",
        """
        using Contracts;
        namespace Shop;

        public partial record Ping(int Count);

        [Publishes<[|Ping|]>]
        public partial class PingPublisher;
        """);

    [Fact]
    public void CTR0009_PublisherNotPartial() => DiagnosticAssert.Error(
        "CTR0009",
        "Publisher 'OrdersPublisher' must be declared partial so that its PublishAsync methods can be generated; add the 'partial' modifier",
        OrderPlaced + """
        [Publishes<OrderPlaced>]
        public class [|OrdersPublisher|];
        """);

    [Fact]
    public void CTR0016_PublisherHasConstructor() => DiagnosticAssert.Error(
        "CTR0016",
        "Publisher 'OrdersPublisher' declares a constructor; the generated constructor takes the MessageSender: remove yours and inject other services into the callers instead",
        OrderPlaced + """
        [Publishes<OrderPlaced>]
        public partial class OrdersPublisher
        {
            public [|OrdersPublisher|]()
            {
            }
        }
        """);

    [Fact]
    public void CTR0017_DuplicatePublishes()
    {
        var result = DiagnosticAssert.Single(
            "CTR0017",
            "Publisher 'OrdersPublisher' declares [Publishes<OrderPlaced>] more than once; remove the duplicate",
            OrderPlaced + """
            [Publishes<OrderPlaced>]
            [Publishes<[|OrderPlaced|]>]
            public partial class OrdersPublisher;
            """);

        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, result.Diagnostics[0].Severity);
        DiagnosticAssert.NoFollowOnErrors(result);
        Assert.Contains(result.Files.Keys, name => name.EndsWith(".Publisher.g.cs", System.StringComparison.Ordinal));
    }
}
