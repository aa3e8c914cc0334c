namespace Contracts.Import.Tests;

/// <summary>
/// Where the committed fixtures are: tests/Contracts.Import.Tests/fixtures, found from the test's output folder (the
/// one below Contracts.sln). Not from the compile-time path of a source file: a CI build maps those to <c>/_/</c>.
/// </summary>
internal static class Fixtures
{
    public static string Folder { get; } = System.IO.Path.Combine(RepositoryRoot(), "tests", "Contracts.Import.Tests", "fixtures");

    public static string Path(string relative) => System.IO.Path.GetFullPath(System.IO.Path.Combine(Folder, relative));

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "Contracts.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Contracts.sln not found above " + AppContext.BaseDirectory);
    }
}
