using System;
using System.IO;

namespace Contracts.Generator.Tests;

/// <summary>
/// Finds the repository the tests were built from by walking up to Contracts.sln. Not [CallerFilePath]: CI builds are
/// deterministic (ContinuousIntegrationBuild), which maps source paths to /_/ and would send tests looking there.
/// </summary>
internal static class RepositoryPaths
{
    public static readonly string Root = FindRoot();

    public static string TestProject => Path.Combine(Root, "tests", "Contracts.Generator.Tests");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Contracts.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Contracts.sln not found above " + AppContext.BaseDirectory);
    }
}
