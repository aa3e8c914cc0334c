using System.Text;

namespace Contracts.Generated.Tests.Fuzz;

/// <summary>Splicing helpers the mutations share: every edit returns a new array and leaves its input alone.</summary>
internal static class ByteEdits
{
    public static byte[] Replace(byte[] body, int start, int end, ReadOnlySpan<byte> with)
    {
        var result = new byte[body.Length - (end - start) + with.Length];
        body.AsSpan(0, start).CopyTo(result);
        with.CopyTo(result.AsSpan(start));
        body.AsSpan(end).CopyTo(result.AsSpan(start + with.Length));
        return result;
    }

    public static byte[] Replace(byte[] body, int start, int end, string with) => Replace(body, start, end, Encoding.UTF8.GetBytes(with));

    public static byte[] Insert(byte[] body, int at, ReadOnlySpan<byte> bytes) => Replace(body, at, at, bytes);

    public static byte[] Insert(byte[] body, int at, string text) => Insert(body, at, Encoding.UTF8.GetBytes(text));

    public static byte[] Delete(byte[] body, int start, int end) => Replace(body, start, end, ReadOnlySpan<byte>.Empty);

    /// <summary>Deletes a member or element with one comma next to it, so the rest of the body stays well formed.</summary>
    public static byte[] DeleteListItem(byte[] body, int start, int end)
    {
        if (end < body.Length && body[end] == ',')
        {
            return Delete(body, start, end + 1);
        }

        return start > 0 && body[start - 1] == ',' ? Delete(body, start - 1, end) : Delete(body, start, end);
    }

    /// <summary>
    /// Offsets inside a string token's content (between its quotes) where text can be inserted without splitting an
    /// escape sequence or a multi-byte character: the edit then changes what the string decodes to, not its syntax.
    /// </summary>
    public static List<int> CharacterBoundaries(byte[] body, JsonToken token)
    {
        var boundaries = new List<int>();
        var at = token.Start + 1;
        var end = token.End - 1;
        while (at <= end)
        {
            boundaries.Add(at);
            if (at == end)
            {
                break;
            }

            at += body[at] == '\\' ? (at + 1 < end && body[at + 1] == 'u' ? 6 : 2) : Utf8Length(body[at]);
        }

        return boundaries;
    }

    private static int Utf8Length(byte lead) => lead switch
    {
        < 0x80 => 1,
        >= 0xF0 => 4,
        >= 0xE0 => 3,
        >= 0xC0 => 2,
        _ => 1,
    };
}
