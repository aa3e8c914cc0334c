using System.Text.RegularExpressions;
using Contracts.EndToEnd.Tests.Infrastructure;

namespace Contracts.EndToEnd.Tests;

/// <summary>The README's promise: `dotnet run --project samples/Shop` runs the fleet and exits 0 with no failed message.</summary>
[Collection(RepositoryBuildCollection.Name)]
public sealed partial class ShopSampleTests
{
    // Building the fleet cold takes 1–3 minutes on a busy 2-core machine; the run itself takes a few seconds.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Running_the_shop_exits_zero_and_ends_with_processed_messages_and_no_failures()
    {
        var result = await DotnetCli.RunAsync(["run", "--project", "samples/Shop"], Timeout);

        Assert.False(result.TimedOut, "dotnet run --project samples/Shop did not finish in time:\n" + result.Transcript);
        Assert.True(result.ExitCode == 0, $"dotnet run --project samples/Shop exited {result.ExitCode}:\n" + result.Transcript);
        var last = result.StandardOutput.LastOrDefault(line => line.Length > 0) ?? string.Empty;
        var summary = Summary().Match(last);
        Assert.True(summary.Success, $"The last line is not the summary: '{last}'\n" + result.Transcript);
        Assert.True(long.Parse(summary.Groups["processed"].Value) > 0, "The shop processed no messages:\n" + result.Transcript);
    }

    [GeneratedRegex(@"^processed: (?<processed>\d+) messages, failed: 0$")]
    private static partial Regex Summary();
}
