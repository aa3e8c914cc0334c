using System;
using System.IO;

using Contracts.Tool.Cli;

namespace Contracts.Tool.Inputs;

/// <summary>A file's earlier version: how findings name it (<c>HEAD~1:Orders/contracts.lock.json</c>) and its text.</summary>
/// <param name="Label">Where it came from.</param>
/// <param name="Text">Its content.</param>
internal sealed record EarlierVersion(string Label, string Text);

/// <summary>
/// What <c>--against</c> names: a folder (the same relative path inside it), a file (the one earlier version of every
/// file checked), or else a git revision of the repository each file is in. Absent at the ref means new: null.
/// </summary>
internal abstract class Baseline
{
    public abstract EarlierVersion? For(SourceFile file);

    public static Baseline Resolve(string against, string workingFolder)
    {
        var full = Path.GetFullPath(Path.Combine(workingFolder, against));
        if (Directory.Exists(full))
        {
            return new FolderBaseline(full, workingFolder);
        }

        if (File.Exists(full))
        {
            return new FileBaseline(SourceFile.Read(full, workingFolder));
        }

        return new GitBaseline(against);
    }

    private sealed class FolderBaseline(string folder, string workingFolder) : Baseline
    {
        public override EarlierVersion? For(SourceFile file)
        {
            var relative = Path.GetRelativePath(workingFolder, file.FullPath);
            if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                throw new UnusableInputException($"'{file.DisplayPath}' is outside the working folder, so it has no relative path to look for in '{folder}'");
            }

            var earlier = Path.Combine(folder, relative);
            return File.Exists(earlier) ? new EarlierVersion(SourceFile.Display(earlier, workingFolder), File.ReadAllText(earlier)) : null;
        }
    }

    private sealed class FileBaseline(SourceFile earlier) : Baseline
    {
        public override EarlierVersion? For(SourceFile file) => new(earlier.DisplayPath, earlier.Text);
    }

    private sealed class GitBaseline(string revision) : Baseline
    {
        public override EarlierVersion? For(SourceFile file)
        {
            var folder = Path.GetDirectoryName(file.FullPath)!;
            var repository = Git.RepositoryOf(folder)
                ?? throw new UnusableInputException($"'{revision}' is not a folder or a file, and '{file.DisplayPath}' is not in a git repository, so it is not a git revision either");
            if (!Git.IsCommit(repository, revision))
            {
                throw new UnusableInputException($"no such git revision '{revision}' in {repository} (for {file.DisplayPath}); fetch it first (e.g. git fetch origin main) or check the name");
            }

            var path = Path.GetRelativePath(repository, file.FullPath).Replace('\\', '/');
            var text = Git.Show(repository, revision, path);
            return text is null ? null : new EarlierVersion(revision + ":" + path, text);
        }
    }
}
