using System.Linq;
using Xunit;

namespace Contracts.Generator.Tests.Diagnostics;

/// <summary>The other half of every diagnostic test: correct code is never flagged and always compiles cleanly.</summary>
public sealed class ValidContractsTests
{
    public static TheoryData<string> Names => new(ValidContracts.All.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void RaisesNoDiagnosticAndGeneratesWarningFreeCode(string name)
    {
        var result = GeneratorHarness.Run(ValidContracts.All[name]);

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        DiagnosticAssert.NoFollowOnErrors(result);
        Assert.Contains(result.Files.Keys, file => file.EndsWith(".Contract.g.cs", System.StringComparison.Ordinal));
    }

    [Fact]
    public void TheWholeCorpusInOneCompilationRaisesNoDiagnostic()
    {
        var result = GeneratorHarness.Run(ValidContracts.All.Values.ToArray());

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        DiagnosticAssert.NoFollowOnErrors(result);
    }
}
