using System;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace Contracts.Serialization;

/// <summary>
/// Tracks the JSON path while generated code reads a body, so every failure names where it happened.
/// The path is only turned into text when something fails; the happy path pushes and pops two fields.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed partial class ContractReadContext
{
    private (string? Name, int Index)[] _segments = new (string?, int)[16];
    private int _count;

    /// <summary>Enters a member of the current object.</summary>
    public void Enter(string wireName) => Push((wireName, -1));

    /// <summary>Enters an element of the current array.</summary>
    public void EnterIndex(int index) => Push((null, index));

    /// <summary>Leaves the segment entered last.</summary>
    public void Leave() => _count--;

    /// <summary>
    /// The current path, e.g. <c>$.lines[2].sku</c>; a name that is not an identifier is quoted (<c>$['unit price']</c>)
    /// and one longer than 64 characters is cut, so a path stays short enough for a log line or a header.
    /// </summary>
    public string Path
    {
        get
        {
            var builder = new StringBuilder("$");
            for (var i = 0; i < _count; i++)
            {
                var (name, index) = _segments[i];
                if (name is null)
                {
                    builder.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
                else if (name.Length <= QuotedText.MaxLength && IsPlainName(name))
                {
                    builder.Append('.').Append(name);
                }
                else
                {
                    QuotedText.Append(builder.Append('['), name).Append(']');
                }
            }

            return builder.ToString();
        }
    }

    /// <summary>Creates the exception for a failure at the current path.</summary>
    public MessageFormatException Fail(string reason, Exception? inner = null) => new(Path, reason, inner);

    /// <summary>A required member was absent from the object at the current path.</summary>
    public MessageFormatException MissingRequired(string wireName) => Fail($"required member '{wireName}' is missing");

    /// <summary>A member appeared twice in one object.</summary>
    public MessageFormatException Duplicate() => Fail("member appears more than once");

    private void Push((string?, int) segment)
    {
        if (_count == _segments.Length)
        {
            Array.Resize(ref _segments, _segments.Length * 2);
        }

        _segments[_count++] = segment;
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || char.IsDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
