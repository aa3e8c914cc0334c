using System.Diagnostics;

namespace Contracts.Tool.Tests;

/// <summary>A temporary folder, optionally a real git repository, deleted after the test.</summary>
internal sealed class Workspace : IDisposable
{
    public Workspace() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "contracts-tool-" + Guid.NewGuid().ToString("N")[..12]);

    public static Workspace Git()
    {
        var workspace = new Workspace();
        workspace.Run("git", "init", "-q", "-b", "main");
        workspace.Run("git", "config", "user.email", "test@example.com");
        workspace.Run("git", "config", "user.name", "Test");
        workspace.Run("git", "config", "commit.gpgsign", "false");
        return workspace;
    }

    public string Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return path;
    }

    public void Commit(string message)
    {
        Run("git", "add", "-A");
        Run("git", "commit", "-q", "-m", message);
    }

    public ToolRun Tool(params string[] args) => ToolRun.In(Root, args);

    public string Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}: {output}{error.Result}");
        return output;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test for.
        }
    }
}
