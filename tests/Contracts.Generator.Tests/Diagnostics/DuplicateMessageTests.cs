using Xunit;

namespace Contracts.Generator.Tests.Diagnostics;

/// <summary>CTR0003: one name and version, two declarations: in this compilation or in a referenced service.</summary>
public sealed class DuplicateMessageTests
{
    [Fact]
    public void CTR0003_WithinOneCompilation() => DiagnosticAssert.Error(
        "CTR0003",
        "Message 'orders.order-placed' version 2 is declared by both 'Shop.OrderPlacedAgain' and 'Shop.OrderPlaced'; give one a different name or version",
        """
        using Contracts;
        namespace Shop;

        [Message("orders.order-placed", Version = 2)]
        public partial record OrderPlaced(int Quantity);

        [Message([|"orders.order-placed"|], Version = 2)]
        public partial record OrderPlacedAgain(int Quantity);
        """);

    [Theory]
    [InlineData(ReferenceKind.Image)]
    [InlineData(ReferenceKind.Compilation)]
    public void CTR0003_AgainstReferencedAssembly(ReferenceKind kind)
    {
        var orders = ReferencedAssembly.Build("Orders", """
            using Contracts;
            namespace Orders;

            [Message("orders.order-placed")]
            public partial record OrderPlaced(int Quantity);
            """, withGenerator: true, kind);

        DiagnosticAssert.Error(
            "CTR0003",
            "Message 'orders.order-placed' version 1 is declared by both 'Shop.PlacedOrder' and 'Orders.OrderPlaced' in referenced assembly 'Orders'; give one a different name or version",
            """
            using Contracts;
            namespace Shop;

            [Message([|"orders.order-placed"|])]
            public partial record PlacedOrder(int Quantity);
            """,
            orders);
    }
}
