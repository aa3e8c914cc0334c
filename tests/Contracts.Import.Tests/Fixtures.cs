using System.Runtime.CompilerServices;

namespace Contracts.Import.Tests;

/// <summary>Where the committed fixtures are: beside this file, found from its compile-time path.</summary>
internal static class Fixtures
{
    public static string Folder { get; } = System.IO.Path.Combine(Here(), "fixtures");

    public static string Path(string relative) => System.IO.Path.GetFullPath(System.IO.Path.Combine(Folder, relative));

    private static string Here([CallerFilePath] string file = "") => System.IO.Path.GetDirectoryName(file)!;
}
