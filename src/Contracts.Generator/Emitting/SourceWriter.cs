using System;
using System.Text;

namespace Contracts.Generator.Emitting;

/// <summary>
/// A StringBuilder that tracks indentation, so emitters write code as a person would read it. Lines end in '\n' on
/// every OS: generated files must be byte-identical wherever they are built.
/// </summary>
internal sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            for (var i = 0; i < _indent; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    public SourceWriter OpenBlock(string? header = null)
    {
        if (header is not null)
        {
            Line(header);
        }

        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter CloseBlock(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>Opens a block and returns a token that closes it, for nesting that mirrors the code.</summary>
    public BlockScope Block(string? header = null, string suffix = "")
    {
        OpenBlock(header);
        return new BlockScope(this, suffix);
    }

    public override string ToString() => _builder.ToString();

    public readonly struct BlockScope : IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly string _suffix;

        public BlockScope(SourceWriter writer, string suffix)
        {
            _writer = writer;
            _suffix = suffix;
        }

        public void Dispose() => _writer.CloseBlock(_suffix);
    }
}
