using System;
using System.Buffers;
using System.Text.Json;

namespace Contracts.Serialization;

/// <summary>
/// A buffer and a <see cref="Utf8JsonWriter"/> kept per thread, so serializing a message costs one exact-size array
/// instead of a buffer grown from scratch and a new writer each time.
/// </summary>
/// <remarks>
/// Renting takes the thread's instance out of its slot, so a nested serialization on the same thread (a property getter
/// that serializes) gets its own instance instead of writing into the outer one's buffer.
/// </remarks>
internal sealed class RentedJsonWriter
{
    /// <summary>A buffer that grew past this for a large message is dropped, so it does not stay pinned to the thread.</summary>
    internal const int MaxRetainedBytes = 64 * 1024;

    private const int InitialBytes = 4096;

    // The generated writers emit well-formed JSON by construction; escaping only what JSON requires keeps a body that
    // was read within the reader's size limit when it is written again.
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = MinimalJsonEncoder.Instance };

    [ThreadStatic]
    private static RentedJsonWriter? t_cached;

    private ArrayBufferWriter<byte> _buffer = new(InitialBytes);

    private RentedJsonWriter() => Writer = new Utf8JsonWriter(_buffer, WriterOptions);

    /// <summary>The writer; after <see cref="Rent()"/> it writes into the rented buffer.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>The bytes written so far; call after flushing <see cref="Writer"/>.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.WrittenSpan;

    /// <summary>Takes this thread's instance (or a new one), empty and writing into its own buffer.</summary>
    public static RentedJsonWriter Rent()
    {
        var rented = t_cached ?? new RentedJsonWriter();
        t_cached = null;
        return rented;
    }

    /// <summary>Takes this thread's instance with its writer pointed at <paramref name="output"/>.</summary>
    public static RentedJsonWriter Rent(IBufferWriter<byte> output)
    {
        var rented = Rent();
        rented.Writer.Reset(output);
        return rented;
    }

    /// <summary>
    /// Gives the instance back to this thread. Whatever the writer still holds (a write that threw half-way) is discarded,
    /// and the written bytes are forgotten: copy them before returning.
    /// </summary>
    public void Return()
    {
        if (_buffer.Capacity > MaxRetainedBytes)
        {
            _buffer = new ArrayBufferWriter<byte>(InitialBytes);
        }
        else
        {
            _buffer.ResetWrittenCount();
        }

        Writer.Reset(_buffer);
        t_cached = this;
    }
}
