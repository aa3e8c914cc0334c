using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;

namespace Contracts.Serialization;

/// <summary>
/// A body must be UTF-8 (RFC 8259, section 8.1). <see cref="Utf8JsonReader"/> checks structure, not the bytes inside
/// strings, and bad bytes only surface when a string is decoded: a member name that is only compared, a member that is
/// skipped or an enum value that falls back would let them through. One vectorized pass over the body rejects them all;
/// only a body that fails it is walked again, to name the path of the first bad byte.
/// </summary>
internal static class Utf8BodyCheck
{
    /// <summary>Null for valid UTF-8; otherwise the failure at the path of the first invalid byte.</summary>
    public static MessageFormatException? Check(ReadOnlySpan<byte> body, int maxDepth)
        => Utf8.IsValid(body) ? null : FailureAt(body, FirstInvalidByte(body), maxDepth);

    private static int FirstInvalidByte(ReadOnlySpan<byte> body)
    {
        Span<char> scratch = stackalloc char[512];
        var at = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(body[at..], scratch, out var read, out _, replaceInvalidSequences: false);
            at += read;
            if (status != OperationStatus.DestinationTooSmall)
            {
                return at;
            }
        }
    }

    // Walks the tokens up to the bad byte keeping the path the generated readers would have: member names and element
    // indexes. The walk stops at the token that holds the byte, or where the JSON breaks before it.
    private static MessageFormatException FailureAt(ReadOnlySpan<byte> body, int offset, int maxDepth)
    {
        var context = new ContractReadContext();
        var containers = new Stack<int>(); // per open container: the next element index, or -1 for an object
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            while (reader.Read() && reader.TokenStartIndex <= offset)
            {
                var holdsByte = reader.BytesConsumed > offset;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        if (holdsByte)
                        {
                            return context.Fail("a member name is not valid UTF-8");
                        }

                        context.Enter(ContractJson.TryGetString(ref reader) ?? "\uFFFD");
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        EnterElement(context, containers);
                        containers.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        containers.Pop();
                        LeaveValue(context, containers);
                        break;
                    default:
                        EnterElement(context, containers);
                        if (holdsByte)
                        {
                            return context.Fail("the string is not valid UTF-8");
                        }

                        LeaveValue(context, containers);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The JSON breaks before the bad byte; the path where it broke is the best there is.
        }

        return context.Fail(string.Create(CultureInfo.InvariantCulture, $"the body is not valid UTF-8 (byte {offset})"));
    }

    private static void EnterElement(ContractReadContext context, Stack<int> containers)
    {
        if (containers.Count > 0 && containers.Peek() >= 0)
        {
            var index = containers.Pop();
            context.EnterIndex(index);
            containers.Push(index + 1);
        }
    }

    private static void LeaveValue(ContractReadContext context, Stack<int> containers)
    {
        if (containers.Count > 0)
        {
            context.Leave();
        }
    }
}
