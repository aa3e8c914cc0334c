using System.Linq;
using Xunit;

namespace Contracts.Generator.Tests;

/// <summary>
/// The emitted code is part of the product: every file for representative contracts is kept as a reviewed snapshot,
/// so a change to what users compile shows up in review.
/// </summary>
public sealed class EmitterSnapshotTests
{
    [Theory]
    [InlineData("Samples.Catalog.Everything.Contract.g.cs")]
    [InlineData("Samples.Catalog.Dimensions.Contract.g.cs")]
    [InlineData("Samples.Catalog.Colour.Enum.g.cs")]
    [InlineData("Contracts.Registration.g.cs")]
    public void EveryTypeContract(string file)
    {
        var result = GeneratorHarness.Run(AllTypesSources.Code);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        Snapshot.Match("AllTypes." + file.Replace(".g.cs", string.Empty), result.Files[file]);
    }

    [Fact]
    public void EnumWithFallback()
    {
        var result = GeneratorHarness.Run("""
            using Contracts;
            namespace Shipping;

            public enum Carrier { [EnumFallback] Unknown, Post, [WireName("courier-express")] Courier }

            [Message("shipping.parcel-sent")]
            public partial record ParcelSent(string TrackingCode, Carrier Carrier);
            """);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        Snapshot.Match("EnumWithFallback.Shipping.Carrier.Enum", result.Files["Shipping.Carrier.Enum.g.cs"]);
    }

    [Theory]
    [InlineData("Shop.Orders.OrderPlaced.Contract.g.cs")]
    [InlineData("Shop.Orders.OrderLine.Contract.g.cs")]
    [InlineData("Shop.Orders.OrdersPublisher.Publisher.g.cs")]
    [InlineData("Contracts.Dispatcher.g.cs")]
    [InlineData("Contracts.Registration.g.cs")]
    public void DesignExample(string file)
    {
        var result = GeneratorHarness.Run(Sources.DesignExample);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        Snapshot.Match("DesignExample." + file.Replace(".g.cs", string.Empty), result.Files[file]);
    }

    [Theory]
    [InlineData("Contracts.Dispatcher.g.cs")]
    [InlineData("Contracts.Registration.g.cs")]
    public void UpcastChainAndAlias(string file)
    {
        var result = GeneratorHarness.Run("""
            using System.Threading;
            using System.Threading.Tasks;
            using Contracts;
            namespace Billing;

            [Message("payments.received", Version = 1)]
            public partial record PaymentV1(string OrderId, decimal Amount);

            [Message("payments.received", Version = 2)]
            public partial record PaymentV2(string OrderId, decimal Amount, string Currency);

            [Message("payments.received", Version = 3, Aliases = new[] { "payments.payment-received" })]
            public partial record PaymentV3(string OrderId, long Cents, string Currency);

            public sealed class PaymentV1ToV2 : IUpcast<PaymentV1, PaymentV2>
            {
                public PaymentV2 Upcast(PaymentV1 message) => new(message.OrderId, message.Amount, "EUR");
            }

            public sealed class PaymentV2ToV3 : IUpcast<PaymentV2, PaymentV3>
            {
                public PaymentV3 Upcast(PaymentV2 message) => new(message.OrderId, (long)(message.Amount * 100), message.Currency);
            }

            public sealed class Settle : IConsumer<PaymentV3>
            {
                public ValueTask ConsumeAsync(PaymentV3 message, MessageContext context, CancellationToken cancellationToken) => default;
            }

            public sealed class Audit : IConsumer<PaymentV2>
            {
                public ValueTask ConsumeAsync(PaymentV2 message, MessageContext context, CancellationToken cancellationToken) => default;
            }
            """);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        Snapshot.Match("UpcastChainAndAlias." + file.Replace(".g.cs", string.Empty), result.Files[file]);
    }

    [Fact]
    public void ProjectWithOnlyMessagesGetsRegistrationButNoDispatcher()
    {
        var result = GeneratorHarness.Run(AllTypesSources.Code);

        Assert.DoesNotContain("Contracts.Dispatcher.g.cs", result.Files.Keys);
        Assert.Contains("Contracts.Registration.g.cs", result.Files.Keys);
    }

    [Fact]
    public void ProjectWithoutContractsGetsNothing()
    {
        var result = GeneratorHarness.Run("public sealed class Plain : System.IDisposable { public void Dispose() { } }");

        Assert.Empty(result.Files);
        Assert.Empty(result.Diagnostics);
    }
}
