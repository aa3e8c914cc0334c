using System.Linq;
using System.Text.RegularExpressions;
using Contracts.Generator.Tests.Diagnostics;
using Contracts.Generator.Tests.Evolution;
using Contracts.Schema;
using Contracts.Schema.Manifest;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Contracts.Generator.Tests.SchemaLibrary;

/// <summary>
/// The fingerprint a message sends is SchemaFingerprint over its whole wire schema: the one other services and other
/// languages compute from its manifest, nested types of referenced assemblies included.
/// </summary>
public sealed class FingerprintTests
{
    private const string Orders = """
        using System;
        using System.Collections.Generic;
        using Contracts;
        namespace Shop.Orders;

        [Message("orders.order-placed")]
        public partial record OrderPlaced(Guid OrderId, IReadOnlyList<OrderLine> Lines, Status Status, string? Coupon = null);

        public partial record OrderLine(string Sku, int Quantity);

        public enum Status { Placed, Paid }

        [Publishes<OrderPlaced>]
        public partial class OrdersPublisher;
        """;

    [Fact]
    public void A_message_sends_the_fingerprint_of_its_manifest_entry()
    {
        var result = GeneratorHarness.Run(Orders);
        var manifest = ManifestReader.Read("contracts.lock.json", LockHarness.Lock(null, Orders)).Manifest!;

        Assert.Equal(SchemaFingerprint.Of(manifest.Messages.Single().Schema), Sent(result, "Shop.Orders.OrderPlaced"));
    }

    [Fact]
    public void The_fingerprint_covers_a_nested_type_declared_in_a_referenced_assembly()
    {
        const string Shared = """
            using Contracts;
            namespace Shared;
            [Message("shared.anchor")] public partial record Anchor(Money Price);
            public partial record Money(decimal Amount, string Currency);
            """;
        const string Uses = """
            using Contracts;
            namespace Shop;
            [Message("shop.priced")] public partial record Priced(Shared.Money Price);
            """;
        var reference = ReferencedAssembly.Build("Shared", Shared, withGenerator: true, ReferenceKind.Image);
        var result = GeneratorHarness.Run(GeneratorHarness.WithReferences(GeneratorHarness.Compile(Uses), reference));

        var expected = SchemaFingerprint.Hash("shop.priced@1{price:{amount:decimal!;currency:string!}!}");
        Assert.Equal(expected, Sent(result, "Shop.Priced"));
    }

    [Fact]
    public void Names_order_and_mode_are_not_in_the_fingerprint_the_wire_shape_is()
    {
        // Other C# names for the nested types, members declared in another order: the same wire.
        var renamed = Orders.Replace("OrderLine", "Line").Replace("public enum Status", "public enum State").Replace("Status Status", "State Status")
            .Replace("Guid OrderId, IReadOnlyList<Line> Lines", "IReadOnlyList<Line> Lines, Guid OrderId");
        var full = Orders.Replace("[Message(\"orders.order-placed\")]", "[Message(\"orders.order-placed\", Compatibility = CompatibilityMode.Full)]");
        var reshaped = Orders.Replace("int Quantity", "long Quantity");

        var original = Sent(GeneratorHarness.Run(Orders), "Shop.Orders.OrderPlaced");

        Assert.Equal(original, Sent(GeneratorHarness.Run(renamed), "Shop.Orders.OrderPlaced"));
        Assert.Equal(original, Sent(GeneratorHarness.Run(full), "Shop.Orders.OrderPlaced"));
        Assert.NotEqual(original, Sent(GeneratorHarness.Run(reshaped), "Shop.Orders.OrderPlaced"));
    }

    /// <summary>The fingerprint the generated descriptor of <paramref name="type"/> sends.</summary>
    private static string Sent(GeneratorResult result, string type)
    {
        var file = result.Files[type + ".Contract.g.cs"];
        return Regex.Match(file, "__contractDescriptor = new\\(\"[^\"]*\", [0-9]+, \"([0-9a-f]{16})\"\\);").Groups[1].Value;
    }
}
