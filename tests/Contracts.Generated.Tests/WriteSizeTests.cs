using System.Buffers;
using System.Globalization;
using System.Text;
using Contracts.Serialization;

namespace Contracts.Generated.Tests;

/// <summary>
/// A message whose body would be larger than readers accept is refused when written, with a typed error, and nothing is
/// sent: the writer never produces what the reader refuses.
/// </summary>
public sealed class WriteSizeTests
{
    private static readonly int Limit = ContractReaderOptions.Default.MaxBytes;

    [Fact]
    public void A_body_over_the_readers_limit_is_refused_with_its_size()
    {
        var failure = Assert.Throws<MessageTooLargeException>(() => ContractSerializer.SerializeToUtf8Bytes(Sized(Limit + 1)));

        Assert.Equal((Limit + 1L, Limit), (failure.Size, failure.Limit));
        Assert.Contains($"{Limit + 1} bytes, larger than the {Limit} bytes readers accept", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_exactly_at_the_limit_is_written_and_reads_back()
    {
        var body = ContractSerializer.SerializeToUtf8Bytes(Sized(Limit));

        Assert.Equal(Limit, body.Length);
        Assert.Equal(Limit - 25, ContractSerializer.Deserialize<Postcode>(body).Value.Length);
    }

    [Fact]
    public void Writing_into_a_buffer_refuses_the_same_way()
        => Assert.Throws<MessageTooLargeException>(() => ContractSerializer.Serialize(Sized(Limit + 1), new ArrayBufferWriter<byte>()));

    [Fact]
    public void A_body_that_grows_when_written_again_is_refused_when_republished()
    {
        // Accepted at under the limit; written again, each 1e27 is 28 digits long, and the body no longer fits.
        var prices = new StringBuilder();
        for (var i = 0; prices.Length < Limit - 2_000; i++)
        {
            prices.Append(CultureInfo.InvariantCulture, $"\"p{i}\":1e27,");
        }

        var body = Json.Write(Samples.Typical()).Replace("\"prices\":{\"apple\":0.5,", "\"prices\":{" + prices, StringComparison.Ordinal);
        var read = Json.Read<Everything>(body);

        Assert.Throws<MessageTooLargeException>(() => ContractSerializer.SerializeToUtf8Bytes(read));
    }

    [Fact]
    public async Task A_publisher_refuses_a_message_too_large_to_read_and_nothing_is_sent()
    {
        await using var host = await TestHost.StartAsync();

        await Assert.ThrowsAsync<MessageTooLargeException>(() => host.Publisher.PublishAsync(new FlakyJob(new string('x', Limit), 0)).AsTask());

        Assert.Equal(0, host.Transport.PublishedCount);
    }

    // {"value":"…","zone":"Red"} is 25 bytes around the text.
    private static Postcode Sized(int bytes) => new(new string('x', bytes - 25), Colour.Red);
}
