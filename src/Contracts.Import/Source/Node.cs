using System;
using System.Collections.Generic;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Contracts.Import.Source;

/// <summary>
/// A node of a YAML or JSON document with the file it came from, so that every error can name file, line and column.
/// JSON is read as YAML (1.2 flow syntax); YamlDotNet's marks are 1-based for both.
/// </summary>
internal readonly record struct Node(YamlNode Yaml, SourceFile File)
{
    public int Line => (int)Math.Min(int.MaxValue, Yaml.Start.Line);

    public int Column => (int)Math.Min(int.MaxValue, Yaml.Start.Column);

    public bool IsMapping => Yaml is YamlMappingNode;

    public bool IsSequence => Yaml is YamlSequenceNode;

    public bool IsScalar => Yaml is YamlScalarNode;

    /// <summary>The scalar's text; null for a mapping or sequence (and for YAML's <c>null</c>, <c>~</c>, an empty value).</summary>
    public string? Text => Yaml is YamlScalarNode { Value: { } value } scalar && !IsNullScalar(scalar) ? value : null;

    /// <summary>True for a plain (unquoted) scalar spelled <c>null</c>, <c>~</c> or nothing at all.</summary>
    public bool IsNull => Yaml is YamlScalarNode scalar && IsNullScalar(scalar);

    /// <summary>The value of <paramref name="key"/> in this mapping, or null when it is absent or this is not a mapping.</summary>
    public Node? this[string key]
    {
        get
        {
            if (Yaml is YamlMappingNode mapping)
            {
                foreach (var entry in mapping.Children)
                {
                    if (entry.Key is YamlScalarNode { Value: { } name } && string.Equals(name, key, StringComparison.Ordinal))
                    {
                        return new Node(entry.Value, File);
                    }
                }
            }

            return null;
        }
    }

    /// <summary>The entries of this mapping, keys as text, in document order; empty when it is not a mapping.</summary>
    public IEnumerable<(string Key, Node KeyNode, Node Value)> Entries
    {
        get
        {
            if (Yaml is not YamlMappingNode mapping)
            {
                yield break;
            }

            foreach (var entry in mapping.Children)
            {
                var key = entry.Key is YamlScalarNode { Value: { } name } ? name : entry.Key.ToString();
                yield return (key, new Node(entry.Key, File), new Node(entry.Value, File));
            }
        }
    }

    /// <summary>The items of this sequence; empty when it is not a sequence.</summary>
    public IEnumerable<Node> Items
    {
        get
        {
            if (Yaml is not YamlSequenceNode sequence)
            {
                yield break;
            }

            foreach (var item in sequence.Children)
            {
                yield return new Node(item, File);
            }
        }
    }

    /// <summary>The scalar as a boolean (<c>true</c>/<c>false</c>), or null.</summary>
    public bool? Boolean => Text switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    /// <summary>The scalar as a number (JSON number syntax), or null when it is not one or does not fit a decimal.</summary>
    public decimal? Number
    {
        get
        {
            var text = Yaml is YamlScalarNode { Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) } ? Text : null;
            return text is not null && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
        }
    }

    /// <summary>The scalar as a double (JSON number syntax, any magnitude), or null when it is not a number.</summary>
    public double? Double
    {
        get
        {
            var text = Yaml is YamlScalarNode { Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) } ? Text : null;
            return text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
        }
    }

    /// <summary>The scalar as a JSON string: quoted, or a plain scalar that is not a number, boolean or null.</summary>
    public string? String => Yaml is YamlScalarNode scalar && (scalar.Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted
        || (Double is null && Boolean is null && !IsNull)) ? scalar.Value : null;

    /// <summary>The error <paramref name="message"/>, located at this node.</summary>
    public Schema.Manifest.ManifestError Error(string message) => new(File.Path, Line, Column, message);

    private static bool IsNullScalar(YamlScalarNode scalar)
        => scalar.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any && scalar.Value is null or "" or "null" or "~" or "Null" or "NULL";
}
