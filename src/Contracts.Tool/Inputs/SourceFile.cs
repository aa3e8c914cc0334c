using System;
using System.IO;

using Contracts.Tool.Cli;

namespace Contracts.Tool.Inputs;

/// <summary>
/// A file the tool was given: its full path, how findings name it (relative to the working folder, with '/', as CI
/// annotations expect), and its text.
/// </summary>
/// <param name="FullPath">The absolute path.</param>
/// <param name="DisplayPath">The path findings print.</param>
/// <param name="Text">The content.</param>
internal sealed record SourceFile(string FullPath, string DisplayPath, string Text)
{
    /// <summary>Reads <paramref name="path"/> (relative to <paramref name="workingFolder"/>); a missing file is unusable input.</summary>
    public static SourceFile Read(string path, string workingFolder)
    {
        var full = Path.GetFullPath(Path.Combine(workingFolder, path));
        if (!File.Exists(full))
        {
            throw new UnusableInputException(Directory.Exists(full) ? $"'{path}' is a folder; give the manifest files in it (e.g. {path}/*.json)" : $"'{path}': no such file");
        }

        try
        {
            return new SourceFile(full, Display(full, workingFolder), File.ReadAllText(full));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UnusableInputException($"'{path}' cannot be read: {e.Message}");
        }
    }

    /// <summary>The path relative to <paramref name="workingFolder"/> when it is inside it, else the full path; '/' always.</summary>
    public static string Display(string fullPath, string workingFolder)
    {
        var relative = Path.GetRelativePath(workingFolder, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }
}
