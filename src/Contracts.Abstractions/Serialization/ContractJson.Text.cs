using System;
using System.Text.Json;

namespace Contracts.Serialization;

public static partial class ContractJson
{
    /// <summary>The most bytes one character takes in a JSON string: a <c>\uXXXX</c> escape.</summary>
    private const int MaxEscapedCharLength = 6;

    private static string GetString(ref Utf8JsonReader reader, ContractReadContext context, string what)
        => TryGetString(ref reader) ?? throw Undecodable(context, what);

    // Utf8JsonReader checks escapes for syntax only: an escaped lone surrogate ("\uD800") passes Read and throws when
    // the text is decoded, by GetString, CopyString, ValueTextEquals or TryGetGuid alike. Decoding once here first
    // leaves the token safe for all of them.
    private static void EnsureDecodable(ref Utf8JsonReader reader, ContractReadContext context, string what)
    {
        if (TryGetString(ref reader) is null)
        {
            throw Undecodable(context, what);
        }
    }

    /// <summary>
    /// The one place the reader's <see cref="InvalidOperationException"/> for text that does not decode is caught: a lone
    /// surrogate escape, or invalid UTF-8 when the body was not checked first (<see cref="ContractSerializer"/> checks).
    /// </summary>
    internal static string? TryGetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static MessageFormatException Undecodable(ContractReadContext context, string what)
        => context.Fail($"{what} is not valid Unicode: it holds invalid UTF-8 or an unpaired surrogate escape (\\uD800-\\uDFFF)");
}
