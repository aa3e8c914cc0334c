using YamlDotNet.RepresentationModel;

namespace Contracts.Import.Source;

/// <summary>One file read by an import: its full path and its root node.</summary>
internal sealed class SourceFile(string path)
{
    /// <summary>The full path, as errors and the build's inputs name it.</summary>
    public string Path { get; } = path;

    /// <summary>The document's root; null when the file could not be read or parsed (an error says why).</summary>
    public YamlNode? RootYaml { get; set; }

    /// <summary>The document's root with its file, or null.</summary>
    public Node? Root => RootYaml is null ? null : new Node(RootYaml, this);
}
