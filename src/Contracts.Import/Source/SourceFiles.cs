using System;
using System.Collections.Generic;
using System.IO;
using Contracts.Schema.Manifest;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Contracts.Import.Source;

/// <summary>
/// The files of one import, each read and parsed once (a file reached by many <c>$ref</c>s is one input), in the
/// order they were first asked for; the errors of every step, in the order they were found.
/// </summary>
internal sealed class SourceFiles
{
    private readonly Dictionary<string, SourceFile> _files = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public List<ManifestError> Errors { get; } = [];

    /// <summary>Every file asked for, full paths, first one first.</summary>
    public IReadOnlyList<string> Paths => _order;

    public void Error(ManifestError error) => Errors.Add(error);

    /// <summary>
    /// The file at <paramref name="path"/> (full path), parsed; null (and an error at <paramref name="from"/>, or at
    /// the file itself) when it is missing, unreadable, malformed or empty.
    /// </summary>
    public SourceFile? Load(string path, Node? from)
    {
        if (_files.TryGetValue(path, out var known))
        {
            return known.RootYaml is null ? null : known;
        }

        var file = new SourceFile(path);
        _files.Add(path, file);
        _order.Add(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "the file does not exist" : e.Message;
            Errors.Add(from is { } at ? at.Error("cannot read " + path + ": " + reason) : new ManifestError(path, 1, 1, "cannot read the file: " + reason));
            return null;
        }

        file.RootYaml = Parse(path, text);
        return file.RootYaml is null ? null : file;
    }

    private YamlNode? Parse(string path, string text)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0)
            {
                Errors.Add(new ManifestError(path, 1, 1, "the document is empty"));
                return null;
            }

            if (stream.Documents.Count > 1)
            {
                var second = stream.Documents[1].RootNode.Start;
                Errors.Add(new ManifestError(path, (int)second.Line, (int)second.Column, "the file holds more than one YAML document; an import reads one"));
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            // YamlDotNet's message repeats the location; the error carries it already.
            var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
            var mark = e.InnerException is YamlException { } located ? located.Start : e.Start;
            Errors.Add(new ManifestError(path, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column), "not valid YAML or JSON: " + StripLocation(message)));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 18.1's scanner fails this way on some unclosed flow collections ("title: [unclosed" at the end
            // of a file) instead of with a YamlException: located where parsing stopped.
            var mark = parser.Current?.End ?? Mark.Empty;
            Errors.Add(new ManifestError(path, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column), "not valid YAML or JSON: the parser stopped here; look for an unclosed '{', '[' or quote above"));
            return null;
        }
    }

    private static string StripLocation(string message)
    {
        // "(Line: 3, Col: 5, Idx: 20) - (Line: 3, Col: 6, Idx: 21): While scanning ..." -> "While scanning ..."
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message.Substring(marker + 3) : message;
    }
}
