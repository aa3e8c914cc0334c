using System.Diagnostics;
using Contracts.Serialization;

namespace Contracts.Runtime.Tests;

/// <summary>What the sender writes into the envelope, and which custom headers it refuses.</summary>
public sealed class MessageSenderTests
{
    [Fact]
    public async Task Sets_every_envelope_header_and_keeps_custom_ones()
    {
        var transport = new RecordingTransport();
        var order = TestOrder.Sample();
        using var listener = ActivityRecorder.Listen();
        using var parent = new ActivitySource("Contracts.Runtime.Tests.Sender").StartActivity("test");

        await new MessageSender(transport).SendAsync(
            order,
            new PublishOptions { MessageId = "id-1", Headers = new Dictionary<string, string> { ["tenant"] = "acme" } },
            CancellationToken.None);

        var headers = Assert.Single(transport.Published).Headers;
        Assert.Equal("tests.order-placed", headers[EnvelopeHeaders.MessageName]);
        Assert.Equal("1", headers[EnvelopeHeaders.MessageVersion]);
        Assert.Equal("id-1", headers[EnvelopeHeaders.MessageId]);
        Assert.Equal(EnvelopeHeaders.JsonContentType, headers[EnvelopeHeaders.ContentType]);
        Assert.Equal("0f1e2d3c", headers[EnvelopeHeaders.SchemaFingerprint]);
        Assert.Equal("acme", headers["tenant"]);

        // The traceparent is the publish span's, a child of the caller's trace (other tests may run spans in parallel).
        var publish = Assert.Single(listener.Stopped, a => a.TraceId == parent!.TraceId && a.OperationName == "publish tests.order-placed");
        Assert.Equal(ActivityKind.Producer, publish.Kind);
        Assert.Equal(publish.Id, headers[EnvelopeHeaders.TraceParent]);
    }

    [Fact]
    public async Task The_body_is_the_serialized_message()
    {
        var transport = new RecordingTransport();
        var order = TestOrder.Sample("fragile");

        await new MessageSender(transport).SendAsync(order, options: null, CancellationToken.None);

        var read = ContractSerializer.Deserialize<TestOrder>(Assert.Single(transport.Published).Body.Span);
        Assert.Equal((order.OrderId, order.Note), (read.OrderId, read.Note));
    }

    [Fact]
    public async Task Without_an_id_each_message_gets_a_new_guid()
    {
        var transport = new RecordingTransport();
        var sender = new MessageSender(transport);

        await sender.SendAsync(TestOrder.Sample(), options: null, CancellationToken.None);
        await sender.SendAsync(TestOrder.Sample(), options: null, CancellationToken.None);

        var ids = transport.Published.Select(m => m.Id()).ToArray();
        Assert.All(ids, id => Assert.True(Guid.TryParseExact(id, "N", out _), id));
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public async Task Generated_ids_are_distinct_random_guids_across_threads()
    {
        var transport = new ConcurrentRecordingTransport();
        var sender = new MessageSender(transport);

        // More ids per thread than one block of random bytes holds, so refills are crossed too.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 300; i++)
            {
                await sender.SendAsync(TestOrder.Sample(), options: null, CancellationToken.None);
            }
        })));

        var ids = transport.Ids.ToArray();
        Assert.Equal(2_400, ids.Distinct().Count());
        Assert.All(ids, id =>
        {
            Assert.True(Guid.TryParseExact(id, "N", out var guid), id);
            Assert.Equal(4, guid.Version);
            Assert.Equal(0b10, guid.Variant >> 2);
        });
    }

    [Theory]
    [InlineData("contracts-message")]
    [InlineData("Contracts-Anything")]
    [InlineData("message-id")]
    [InlineData("Content-Type")]
    [InlineData("traceparent")]
    public async Task Rejects_reserved_header_names(string name)
    {
        var transport = new RecordingTransport();
        var options = new PublishOptions { Headers = new Dictionary<string, string> { [name] = "x" } };

        var error = await Assert.ThrowsAsync<ArgumentException>(
            async () => await new MessageSender(transport).SendAsync(TestOrder.Sample(), options, CancellationToken.None));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Empty(transport.Published);
    }
}
