using System;
using System.IO;
using Xunit;

namespace Contracts.Generator.Tests;

/// <summary>
/// Compares text with a committed <c>*.verified.*</c> file next to the test. A mismatch or a missing file fails and
/// writes <c>*.received.*</c> beside it; set CONTRACTS_ACCEPT_SNAPSHOTS=1 to accept the received text instead.
/// (Verify is not available here; this is the small part of it the tests need.)
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "CONTRACTS_ACCEPT_SNAPSHOTS";

    public static void Match(string name, string actual, string extension = "cs")
    {
        var folder = Path.Combine(RepositoryPaths.TestProject, "Snapshots");
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        actual = actual.Replace("\r\n", "\n");

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot {verified}. Review {received} and accept it with {AcceptVariable}=1."
            : $"Snapshot {name} differs at {FirstDifference(expected, actual)}. Compare {received} with {verified}; accept with {AcceptVariable}=1.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var l = i < left.Length ? left[i] : "<end of file>";
            var r = i < right.Length ? right[i] : "<end of file>";
            if (l != r)
            {
                return $"line {i + 1}:\n  expected: {l}\n  actual:   {r}";
            }
        }

        return "(line endings)";
    }
}
