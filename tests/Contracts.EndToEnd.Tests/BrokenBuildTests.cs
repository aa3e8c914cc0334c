using System.Text.RegularExpressions;
using Contracts.EndToEnd.Tests.Infrastructure;

namespace Contracts.EndToEnd.Tests;

/// <summary>
/// samples/BrokenBuild holds one mistake of each kind the local gate catches. Building it as a user would must fail
/// with exactly those diagnostics: a missing ID means a gate stopped firing, an extra one means noise crept in.
/// </summary>
[Collection(RepositoryBuildCollection.Name)]
public sealed partial class BrokenBuildTests
{
    // A cold build of the generator, the runtime and the sample takes 1–3 minutes on a busy 2-core machine.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    // Every ID of DiagnosticDescriptors.cs that source in one project can trigger: all but CTR9999 (a generator crash).
    private static readonly string[] ExpectedIds =
    [
        "CTR0001", "CTR0002", "CTR0003", "CTR0004", "CTR0005", "CTR0006", "CTR0007", "CTR0008", "CTR0009", "CTR0010",
        "CTR0011", "CTR0012", "CTR0013", "CTR0014", "CTR0015", "CTR0016", "CTR0017", "CTR0018", "CTR0019", "CTR0020",
    ];

    // One build serves every test here: the build is the slow part, and its output does not change between asserts.
    private static readonly Lazy<Task<ProcessResult>> Build =
        new(() => DotnetCli.RunAsync(["build", "samples/BrokenBuild", "-nologo", "-tl:off"], Timeout));

    [Fact]
    public async Task Building_the_broken_sample_fails_with_every_local_gate_diagnostic()
    {
        var result = await Build.Value;

        Assert.False(result.TimedOut, "dotnet build samples/BrokenBuild did not finish in time:\n" + result.Transcript);
        Assert.True(result.ExitCode != 0, "dotnet build samples/BrokenBuild succeeded, but every file in it is a mistake:\n" + result.Transcript);
        var reported = ContractDiagnostic().Matches(result.Transcript)
            .Select(match => match.Groups["id"].Value)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(ExpectedIds, reported);
    }

    [Fact]
    public async Task The_one_warning_in_the_broken_sample_is_the_duplicate_publishes()
    {
        var result = await Build.Value;

        var warnings = ContractDiagnostic().Matches(result.Transcript)
            .Where(match => match.Groups["severity"].Value == "warning")
            .Select(match => match.Groups["id"].Value)
            .Distinct()
            .ToArray();
        Assert.Equal(["CTR0017"], warnings);
    }

    [Fact]
    public async Task The_broken_sample_shows_no_compiler_errors_in_generated_code()
    {
        var result = await Build.Value;

        // Each mistake must be reported once, at the user's code: a follow-on C# error in generated code is noise.
        var others = AnyError().Matches(result.Transcript)
            .Select(match => match.Value)
            .Where(line => !ContractDiagnostic().IsMatch(line))
            .Distinct()
            .ToArray();
        Assert.Empty(others);
    }

    [GeneratedRegex(@"^.*\berror [A-Z]+\d+\b.*$", RegexOptions.Multiline)]
    private static partial Regex AnyError();

    [GeneratedRegex(@"\b(?<severity>error|warning) (?<id>CTR\d{4})\b")]
    private static partial Regex ContractDiagnostic();
}
