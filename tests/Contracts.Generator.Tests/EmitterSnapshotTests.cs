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
