using System.Linq;
using Xunit;

namespace Contracts.Generator.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void DesignExampleBuildsWithoutAnyDiagnostic()
    {
        var result = GeneratorHarness.Run(Sources.DesignExample);
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        Assert.Contains("Shop.Orders.OrderPlaced.Contract.g.cs", result.Files.Keys);
    }
}
