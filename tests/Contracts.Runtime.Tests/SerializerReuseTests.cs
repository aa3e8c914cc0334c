using System.Buffers;
using System.Text;
using System.Text.Json;
using Contracts.Serialization;

namespace Contracts.Runtime.Tests;

/// <summary>
/// The serializer reuses one buffer and writer per thread and the reader one path tracker per thread: what comes out
/// must never show it - fresh arrays, no bytes or paths left over from an earlier or an enclosing call.
/// </summary>
public sealed class SerializerReuseTests
{
    [Fact]
    public void Each_call_returns_its_own_array_that_later_calls_do_not_change()
    {
        var first = ContractSerializer.SerializeToUtf8Bytes(TestOrder.Sample("first"));
        var copy = first.ToArray();

        var second = ContractSerializer.SerializeToUtf8Bytes(TestOrder.Sample("second, a little longer"));

        Assert.NotSame(first, second);
        Assert.Equal(copy, first);
        Assert.Equal("first", ContractSerializer.Deserialize<TestOrder>(first).Note);
    }

    [Fact]
    public void A_message_larger_than_the_kept_buffer_round_trips_and_small_ones_still_do_afterwards()
    {
        var large = TestOrder.Sample(new string('x', 200_000));
        var small = TestOrder.Sample("small");

        var largeBytes = ContractSerializer.SerializeToUtf8Bytes(large);
        var smallBytes = ContractSerializer.SerializeToUtf8Bytes(small);

        Assert.True(largeBytes.Length > 200_000);
        Assert.Equal(large.Note, ContractSerializer.Deserialize<TestOrder>(largeBytes).Note);
        Assert.Equal(small.Note, ContractSerializer.Deserialize<TestOrder>(smallBytes).Note);
        Assert.Equal(smallBytes.Length, Encoding.UTF8.GetByteCount(Encoding.UTF8.GetString(smallBytes)));
        Assert.True(smallBytes.Length < 1_000);
    }

    [Fact]
    public void Serializing_inside_a_serialization_on_the_same_thread_leaves_both_intact()
    {
        var inner = TestOrder.Sample("inner");

        var outer = ContractSerializer.SerializeToUtf8Bytes(new Wrapper(inner));

        using var document = JsonDocument.Parse(outer);
        Assert.Equal("before", document.RootElement.GetProperty("before").GetString());
        Assert.Equal("after", document.RootElement.GetProperty("after").GetString());
        var nested = document.RootElement.GetProperty("nested").GetRawText();
        Assert.Equal("inner", ContractSerializer.Deserialize<TestOrder>(Encoding.UTF8.GetBytes(nested)).Note);
    }

    [Fact]
    public void Serializing_into_a_caller_buffer_inside_a_serialization_leaves_both_intact()
    {
        var output = new ArrayBufferWriter<byte>();

        ContractSerializer.Serialize(new Wrapper(TestOrder.Sample("inner")), output);

        using var document = JsonDocument.Parse(output.WrittenMemory);
        Assert.Equal("after", document.RootElement.GetProperty("after").GetString());
    }

    [Fact]
    public void A_write_that_throws_half_way_leaves_nothing_behind_for_the_next_one()
    {
        Assert.Throws<InvalidOperationException>(() => ContractSerializer.SerializeToUtf8Bytes(new Exploding()));
        var output = new ArrayBufferWriter<byte>();
        Assert.Throws<InvalidOperationException>(() => ContractSerializer.Serialize(new Exploding(), output));

        var bytes = ContractSerializer.SerializeToUtf8Bytes(TestOrder.Sample("clean"));

        Assert.StartsWith("{\"orderId\"", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal("clean", ContractSerializer.Deserialize<TestOrder>(bytes).Note);
    }

    [Fact]
    public async Task Many_threads_serializing_at_once_each_get_their_own_message()
    {
        var notes = Enumerable.Range(0, 2_000).Select(i => "note-" + new string('n', i % 300) + i).ToArray();

        var bytes = await Task.WhenAll(notes.Select(note => Task.Run(() => ContractSerializer.SerializeToUtf8Bytes(TestOrder.Sample(note)))));
        var read = await Task.WhenAll(bytes.Select(body => Task.Run(() => ContractSerializer.Deserialize<TestOrder>(body).Note)));

        Assert.Equal(notes, read);
    }

    [Fact]
    public void A_failed_read_leaves_no_path_behind_for_the_next_one()
    {
        const string BadLine = """{"orderId":"6f9619ff-8b86-d011-b42d-00cf4fc964ff","lines":[{"sku":"a","quantity":"one"}]}""";
        const string BadDate = """{"orderId":"6f9619ff-8b86-d011-b42d-00cf4fc964ff","shipOn":"soon"}""";

        var first = Assert.Throws<MessageFormatException>(() => ContractSerializer.Deserialize<TestOrder>(Encoding.UTF8.GetBytes(BadLine)));
        var second = Assert.Throws<MessageFormatException>(() => ContractSerializer.Deserialize<TestOrder>(Encoding.UTF8.GetBytes(BadDate)));

        Assert.Equal("$.lines[0].quantity", first.Path);
        Assert.Equal("$.shipOn", second.Path);
    }

    /// <summary>Serializes another message in the middle of its own JSON, as a property getter that serializes would.</summary>
    private sealed record Wrapper(TestOrder Inner) : IContractType<Wrapper>
    {
        public static void WriteContract(Utf8JsonWriter writer, Wrapper value)
        {
            writer.WriteStartObject();
            writer.WriteString("before", "before");
            writer.WritePropertyName("nested");
            writer.WriteRawValue(ContractSerializer.SerializeToUtf8Bytes(value.Inner));
            var scratch = new ArrayBufferWriter<byte>();
            ContractSerializer.Serialize(value.Inner, scratch);
            writer.WriteString("after", "after");
            writer.WriteEndObject();
        }

        public static Wrapper ReadContract(ref Utf8JsonReader reader, ContractReadContext context) => throw new NotSupportedException();
    }

    /// <summary>Fails after writing part of an object, as a null required member does in generated code.</summary>
    private sealed record Exploding : IContractType<Exploding>
    {
        public static void WriteContract(Utf8JsonWriter writer, Exploding value)
        {
            writer.WriteStartObject();
            writer.WriteString("half", new string('h', 100));
            throw new InvalidOperationException("member is null");
        }

        public static Exploding ReadContract(ref Utf8JsonReader reader, ContractReadContext context) => throw new NotSupportedException();
    }
}
