using Xunit;

namespace Contracts.Generator.Tests.Diagnostics;

/// <summary>The [Message] type itself: what it is, what it is called, and whether the generator can extend it.</summary>
public sealed class MessageShapeDiagnosticsTests
{
    [Fact]
    public void CTR0001_MessageNotPartial() => DiagnosticAssert.Error(
        "CTR0001",
        "Message type 'OrderPlaced' must be declared partial so that its serializer can be generated; add the 'partial' modifier",
        """
        using Contracts;
        namespace Shop;

        [Message("orders.order-placed")]
        public record [|OrderPlaced|](int Quantity);
        """);

    [Fact]
    public void CTR0004_InvalidMessageName() => DiagnosticAssert.Error(
        "CTR0004",
        "Message name 'Orders.OrderPlaced' is invalid: use lower-case letters, digits and the separators '.', '-' or '_' (for example 'orders.order-placed'), starting with a letter, at most 200 characters",
        """
        using Contracts;
        namespace Shop;

        [Message([|"Orders.OrderPlaced"|])]
        public partial record OrderPlaced(int Quantity);
        """);

    [Fact]
    public void CTR0005_InvalidMessageVersion() => DiagnosticAssert.Error(
        "CTR0005",
        "Message 'orders.order-placed' has version 0; versions start at 1",
        """
        using Contracts;
        namespace Shop;

        [Message("orders.order-placed", [|Version = 0|])]
        public partial record OrderPlaced(int Quantity);
        """);

    [Fact]
    public void CTR0012_ContractTypeNotRecord() => DiagnosticAssert.Error(
        "CTR0012",
        "'OrderPlaced' must be a record (record class or record struct) to be part of a contract: records have value equality and a constructor the generated reader can call",
        """
        using Contracts;
        namespace Shop;

        [Message("orders.order-placed")]
        public partial class [|OrderPlaced|]
        {
            public int Quantity { get; set; }
        }
        """);

    [Fact]
    public void CTR0014_GenericContractType() => DiagnosticAssert.Error(
        "CTR0014",
        "'Envelope' is generic; a contract has one fixed shape on the wire: declare a non-generic record per shape",
        """
        using Contracts;
        namespace Shop;

        [Message("shop.envelope")]
        public partial record [|Envelope|]<T>(int Count);
        """);

    [Fact]
    public void CTR0015_ContainingTypeNotPartial() => DiagnosticAssert.Error(
        "CTR0015",
        "'OrderPlaced' is nested in 'Orders', which must be declared partial too so that generated code can extend 'OrderPlaced'",
        """
        using Contracts;
        namespace Shop;

        public static class [|Orders|]
        {
            [Message("orders.order-placed")]
            public partial record OrderPlaced(int Quantity);
        }
        """);

    [Fact]
    public void CTR0019_NoConstructor() => DiagnosticAssert.Error(
        "CTR0019",
        "'OrderPlaced' has neither a primary constructor nor an accessible parameterless constructor; the generated reader needs one of them",
        """
        using Contracts;
        namespace Shop;

        [Message("orders.order-placed")]
        public partial record [|OrderPlaced|]
        {
            public OrderPlaced(int quantity) => Quantity = quantity;

            public int Quantity { get; init; }
        }
        """);
}
