using System.Linq;
using Xunit;

namespace Contracts.Generator.Tests;

/// <summary>Same input, same bytes: whatever order the build hands the source files over in.</summary>
public sealed class DeterminismTests
{
    private const string Billing = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using Contracts;

        namespace Shop.Billing;

        [Message("billing.payment-captured")]
        public partial record PaymentCaptured(Guid OrderId, decimal Amount);

        public sealed class Audit : IConsumer<PaymentCaptured>, IConsumer<Shop.Orders.OrderPlaced>
        {
            public ValueTask ConsumeAsync(PaymentCaptured message, MessageContext context, CancellationToken cancellationToken) => default;

            public ValueTask ConsumeAsync(Shop.Orders.OrderPlaced message, MessageContext context, CancellationToken cancellationToken) => default;
        }

        [Publishes<PaymentCaptured>]
        public partial class BillingPublisher;
        """;

    [Fact]
    public void ShuffledSourceOrderGivesByteIdenticalOutput()
    {
        var sources = new[] { ("a.cs", Sources.DesignExample), ("b.cs", AllTypesSources.Code), ("c.cs", Billing) };

        var forward = GeneratorHarness.Run(GeneratorHarness.Compile(sources));
        var reversed = GeneratorHarness.Run(GeneratorHarness.Compile(sources.Reverse().ToArray()));

        Assert.Empty(forward.CompilationDiagnostics);
        Assert.Equal(forward.Files.Keys.OrderBy(k => k), reversed.Files.Keys.OrderBy(k => k));
        foreach (var (name, text) in forward.Files)
        {
            Assert.Equal(text, reversed.Files[name]);
        }

        // The per-service files merge several sources: those are where file order could leak in.
        Assert.Contains("billing.payment-captured", forward.Files["Contracts.Dispatcher.g.cs"]);
        Assert.Contains("orders.order-placed", forward.Files["Contracts.Dispatcher.g.cs"]);
    }

    [Fact]
    public void RunningTwiceGivesTheSameOutput()
    {
        var first = GeneratorHarness.Run(Sources.DesignExample, Billing);
        var second = GeneratorHarness.Run(Sources.DesignExample, Billing);

        Assert.Equal(first.Files, second.Files);
    }
}
