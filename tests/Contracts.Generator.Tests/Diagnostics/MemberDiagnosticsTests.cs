using Xunit;

namespace Contracts.Generator.Tests.Diagnostics;

/// <summary>The members of a contract and the records they reach.</summary>
public sealed class MemberDiagnosticsTests
{
    [Fact]
    public void CTR0008_DuplicateWireName() => DiagnosticAssert.Error(
        "CTR0008",
        "Members 'Name' and 'DisplayName' of 'Customer' both have the wire name 'name'; rename one or pin a different name with [WireName(\"...\")]",
        """
        using Contracts;
        namespace Shop;

        [Message("shop.customer-registered")]
        public partial record Customer(string Name, [WireName("name")] string [|DisplayName|]);
        """);

    [Fact]
    public void CTR0010_RecursiveContract() => DiagnosticAssert.Error(
        "CTR0010",
        "Member 'Parent' of 'Branch' makes the contract recursive (Tree -> Branch -> Tree); messages must be finite trees: break the cycle, for example by sending an id instead",
        """
        using Contracts;
        namespace Shop;

        [Message("shop.tree-planted")]
        public partial record Tree(string Name, Branch Root);

        public partial record Branch(string Label, [|Tree?|] Parent);
        """);

    [Fact]
    public void CTR0011_NestedTypeNotPartial() => DiagnosticAssert.Error(
        "CTR0011",
        "'Address' is used by message 'OrderShipped' and must be declared partial so that its serializer can be generated; add the 'partial' modifier",
        """
        using Contracts;
        namespace Shop;

        [Message("orders.order-shipped")]
        public partial record OrderShipped(string OrderId, Address ShipTo);

        public record [|Address|](string Street, string City);
        """);

    [Theory]
    [InlineData("")]
    [InlineData(" name")]
    [InlineData("na\tme")]
    public void CTR0013_InvalidWireName(string wireName) => DiagnosticAssert.Error(
        "CTR0013",
        $"Wire name '{wireName}' on 'Customer.Name' is invalid: it must be non-empty, without control characters or leading or trailing white space",
        $$"""
        using Contracts;
        namespace Shop;

        [Message("shop.customer-registered")]
        public partial record Customer([WireName("{{wireName.Replace("\t", "\\t")}}")] string [|Name|]);
        """);

    [Fact]
    public void CTR0020_TwoEnumFallbacks() => DiagnosticAssert.Error(
        "CTR0020",
        "'Carrier' marks both 'Unknown' and 'Other' with [EnumFallback]; a name the reader does not know can fall back to one member only",
        """
        using Contracts;
        namespace Shop;

        public enum Carrier { [EnumFallback] Unknown, Post, [EnumFallback] [|Other|] }

        [Message("shipping.parcel-sent")]
        public partial record ParcelSent(string TrackingCode, Carrier Carrier);
        """);
}
