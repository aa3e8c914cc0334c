namespace Contracts.Tool.Tests;

/// <summary>The repository's root folder, found from the test's output folder (the one holding Contracts.sln).</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "Contracts.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Contracts.sln not found above " + AppContext.BaseDirectory);
    }
}
