using System;
using System.Globalization;
using System.IO;

namespace Contracts.Import.Source;

/// <summary>Where a <c>$ref</c> points: the node, a key that is equal for equal targets, and a name for what it defines.</summary>
internal readonly record struct Target(Node Node, string Key, string Name);

/// <summary>
/// Resolves <c>$ref</c>s: a JSON pointer in the same document (<c>#/components/schemas/OrderLine</c>), a relative file
/// (<c>./order-line.yaml</c>) or a pointer into one (<c>common.json#/$defs/Money</c>). Remote URLs, anchors and
/// <c>$id</c>-based references are refused: the build must not reach the network, and reading them needs a whole
/// JSON Schema resolver for a form Node tools do not emit.
/// </summary>
internal sealed class References(SourceFiles files)
{
    public Target? Resolve(Node reference)
    {
        if (reference.String is not { } text)
        {
            files.Error(reference.Error("\"$ref\" must be a string"));
            return null;
        }

        var hash = text.IndexOf('#');
        var filePart = hash < 0 ? text : text.Substring(0, hash);
        var fragment = hash < 0 ? string.Empty : text.Substring(hash + 1);
        if (filePart.Contains("://", StringComparison.Ordinal) || filePart.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            files.Error(reference.Error("\"$ref\": \"" + text + "\" is a remote reference; an import reads local files only (download it next to the document and refer to it by a relative path)"));
            return null;
        }

        if (fragment.Length > 0 && fragment[0] != '/')
        {
            files.Error(reference.Error("\"$ref\": \"" + text + "\" names an anchor; only JSON pointers (#/...) and relative files are supported"));
            return null;
        }

        var file = reference.File;
        if (filePart.Length > 0)
        {
            var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(reference.File.Path) ?? ".", Uri.UnescapeDataString(filePart)));
            if (files.Load(path, reference) is not { } loaded)
            {
                return null;
            }

            file = loaded;
        }

        var node = file.Root!.Value;
        var name = FileStem(file.Path);
        foreach (var raw in fragment.Length == 0 ? [] : fragment.Substring(1).Split('/'))
        {
            var segment = Uri.UnescapeDataString(raw).Replace("~1", "/").Replace("~0", "~");
            var next = node.IsSequence && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? ItemAt(node, index)
                : node[segment];
            if (next is null)
            {
                files.Error(reference.Error("\"$ref\": \"" + text + "\" does not resolve: " + Describe(file, fragment) + " has no \"" + segment + "\""));
                return null;
            }

            node = next.Value;
            name = segment;
        }

        return new Target(node, file.Path + "#" + fragment, name);
    }

    private static Node? ItemAt(Node sequence, int index)
    {
        var i = 0;
        foreach (var item in sequence.Items)
        {
            if (i++ == index)
            {
                return item;
            }
        }

        return null;
    }

    private static string Describe(SourceFile file, string fragment) => Path.GetFileName(file.Path) + (fragment.Length == 0 ? string.Empty : "#" + fragment);

    // order-line.schema.json -> order-line: a name for a schema that is a whole file.
    private static string FileStem(string path)
    {
        var name = Path.GetFileName(path);
        var dot = name.IndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }
}
