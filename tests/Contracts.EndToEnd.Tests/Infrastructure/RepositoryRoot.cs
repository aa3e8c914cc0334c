namespace Contracts.EndToEnd.Tests.Infrastructure;

/// <summary>The checkout these tests run in, found from the test binary upwards so any clone location works.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The folder that holds Contracts.sln.</summary>
    public static string Path => Root.Value;

    /// <summary>A path below the repository root, from '/'-separated parts.</summary>
    public static string Combine(string relativePath)
        => System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar)));

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Contracts.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Contracts.sln above {AppContext.BaseDirectory}.");
    }
}
