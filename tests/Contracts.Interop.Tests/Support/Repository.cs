namespace Contracts.Interop.Tests;

/// <summary>The repository this test assembly was built from: the first folder above it that holds Contracts.sln.</summary>
internal static class Repository
{
    public static readonly string Root = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Contracts.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("no Contracts.sln above " + AppContext.BaseDirectory);
    }
}
