using System;
using System.Buffers;
using System.Text.Json;

namespace Contracts.Serialization;

/// <summary>Entry points to the generated serializers: reflection-free, AOT- and trim-safe.</summary>
public static class ContractSerializer
{
    /// <summary>Writes <paramref name="value"/> as UTF-8 JSON into <paramref name="output"/>.</summary>
    /// <exception cref="MessageTooLargeException">
    /// The body is larger than readers accept; what was written into <paramref name="output"/> must not be sent.
    /// </exception>
    public static void Serialize<T>(T value, IBufferWriter<byte> output) where T : IContractType<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(output);
        var rented = RentedJsonWriter.Rent(output);
        try
        {
            T.WriteContract(rented.Writer, value);
            rented.Writer.Flush();
            CheckSize(rented.Writer.BytesCommitted);
        }
        finally
        {
            rented.Return();
        }
    }

    /// <summary>Returns <paramref name="value"/> as UTF-8 JSON in a new array of exactly its length, owned by the caller.</summary>
    /// <exception cref="MessageTooLargeException">The body is larger than readers accept.</exception>
    public static byte[] SerializeToUtf8Bytes<T>(T value) where T : IContractType<T>
    {
        ArgumentNullException.ThrowIfNull(value);
        var rented = RentedJsonWriter.Rent();
        try
        {
            T.WriteContract(rented.Writer, value);
            rented.Writer.Flush();
            CheckSize(rented.WrittenSpan.Length);
            return rented.WrittenSpan.ToArray();
        }
        finally
        {
            rented.Return();
        }
    }

    /// <summary>
    /// Reads a body strictly: any problem (malformed JSON, text that is not UTF-8 or not valid Unicode, wrong token,
    /// missing required member, limit exceeded) is a <see cref="MessageFormatException"/> with the JSON path; unknown
    /// members are skipped; no type is ever chosen from the wire.
    /// </summary>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, ContractReaderOptions? options = null) where T : IContractType<T>
    {
        options ??= ContractReaderOptions.Default;
        if (utf8Json.Length > options.MaxBytes)
        {
            throw new MessageFormatException("$", $"body is {utf8Json.Length} bytes, larger than the limit of {options.MaxBytes}");
        }

        if (Utf8BodyCheck.Check(utf8Json, options.MaxDepth) is { } invalid)
        {
            throw invalid;
        }

        var context = ContractReadContext.Rent();
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        try
        {
            ContractJson.Next(ref reader, context);
            var value = T.ReadContract(ref reader, context);
            if (reader.Read())
            {
                throw new MessageFormatException("$", "unexpected content after the end of the message");
            }

            return value;
        }
        catch (JsonException exception)
        {
            // Utf8JsonReader reports malformed JSON and depth overflow this way; keep the path we were at. Its message quotes
            // the rest of an invalid literal, up to the whole body: cut it so reasons fit in logs and dead-letter headers.
            throw context.Fail(exception.Message.Length <= 512 ? exception.Message : exception.Message[..512] + "...", exception);
        }
        finally
        {
            context.Return();
        }
    }

    // The writer must never produce what the reader refuses: dispatchers read with the default limits.
    private static void CheckSize(long size)
    {
        var limit = ContractReaderOptions.Default.MaxBytes;
        if (size > limit)
        {
            throw new MessageTooLargeException(size, limit);
        }
    }
}
