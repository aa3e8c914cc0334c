using System.Collections.Concurrent;
using Contracts.Serialization;

namespace Contracts.Runtime.Tests;

/// <summary>
/// The envelope the sender builds is a read-only dictionary of its own, and the in-memory transport hands a sender's
/// message on without copying it: both must behave exactly as the dictionary and the copies they replace.
/// </summary>
public sealed class SenderEnvelopeTests : IAsyncLifetime
{
    private readonly InMemoryTransport _transport = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _transport.DisposeAsync().Safe();

    [Fact]
    public async Task The_headers_read_like_a_dictionary_custom_ones_first()
    {
        var recorder = new RecordingTransport();
        var options = new PublishOptions { MessageId = "id-7", Headers = new Dictionary<string, string> { ["tenant"] = "acme", ["b"] = "2" } };

        await new MessageSender(recorder).SendAsync(TestOrder.Sample(), options, CancellationToken.None);

        var headers = Assert.Single(recorder.Published).Headers;
        string[] expected =
        [
            "tenant", "b", EnvelopeHeaders.MessageName, EnvelopeHeaders.MessageVersion, EnvelopeHeaders.MessageId,
            EnvelopeHeaders.ContentType, EnvelopeHeaders.SchemaFingerprint,
        ];
        Assert.Equal(expected, headers.Keys.Where(k => k != EnvelopeHeaders.TraceParent));
        Assert.Equal(headers.Count, headers.Keys.Count());
        Assert.Equal(headers.Select(h => h.Value), headers.Values);
        Assert.Equal(headers.Select(h => h.Value), headers.Keys.Select(k => headers[k]));
        Assert.True(headers.ContainsKey("b"));
        Assert.False(headers.ContainsKey("B"));
        Assert.False(headers.TryGetValue("missing", out _));
        Assert.Throws<KeyNotFoundException>(() => headers["missing"]);
        Assert.Equal(new Dictionary<string, string>(headers), headers.ToDictionary());
    }

    [Fact]
    public async Task A_sent_message_reaches_every_endpoint_with_its_body_and_headers()
    {
        var received = new ConcurrentQueue<TransportMessage>();
        foreach (var endpoint in new[] { "billing", "shipping" })
        {
            await _transport.SubscribeAsync(new Subscription(endpoint, [TestOrder.Key]), (message, _, _) =>
            {
                received.Enqueue(message);
                return ValueTask.CompletedTask;
            }, CancellationToken.None);
        }

        var order = TestOrder.Sample("gift");
        await new MessageSender(_transport).SendAsync(order, new PublishOptions { MessageId = "m-1" }, CancellationToken.None);
        await _transport.WhenIdleAsync().Safe();

        Assert.Equal(2, received.Count);
        Assert.All(received, message =>
        {
            Assert.Equal("m-1", message.Id());
            Assert.Equal(order.Note, ContractSerializer.Deserialize<TestOrder>(message.Body.Span).Note);
        });
    }

    [Fact]
    public async Task A_body_that_is_not_the_senders_own_is_still_copied()
    {
        var received = new TaskCompletionSource<TransportMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _transport.SubscribeAsync(new Subscription("billing", [TestOrder.Key]), async (message, _, _) =>
        {
            await release.Task;
            received.TrySetResult(message);
        }, CancellationToken.None);
        var recorder = new RecordingTransport();
        await new MessageSender(recorder).SendAsync(TestOrder.Sample("original"), options: null, CancellationToken.None);
        var body = recorder.Published[0].Body.ToArray();

        // The sender's headers with a buffer the caller keeps writing to: the transport cannot rely on it staying put.
        await _transport.PublishAsync(recorder.Published[0] with { Body = body }, CancellationToken.None);
        Array.Fill(body, (byte)' ');
        release.SetResult();

        var delivered = await received.Task.Safe();
        Assert.Equal("original", ContractSerializer.Deserialize<TestOrder>(delivered.Body.Span).Note);
    }

    [Fact]
    public async Task A_dead_lettered_sent_message_keeps_every_envelope_header_and_gains_the_reason()
    {
        await using var transport = new InMemoryTransport(new InMemoryTransportOptions { MaxRetries = 0 });
        await transport.SubscribeAsync(
            new Subscription("billing", [TestOrder.Key]),
            (_, _, _) => throw new InvalidOperationException("boom"),
            CancellationToken.None);
        var options = new PublishOptions { MessageId = "m-9", Headers = new Dictionary<string, string> { ["tenant"] = "acme" } };

        await new MessageSender(transport).SendAsync(TestOrder.Sample(), options, CancellationToken.None);
        await transport.WhenIdleAsync().Safe();

        var headers = Assert.Single(transport.DeadLetters).Message.Headers;
        Assert.Equal("m-9", headers[EnvelopeHeaders.MessageId]);
        Assert.Equal("acme", headers["tenant"]);
        Assert.Equal("tests.order-placed", headers[EnvelopeHeaders.MessageName]);
        Assert.Equal("System.InvalidOperationException: boom", headers[EnvelopeHeaders.DeadLetterException]);
        Assert.StartsWith("failed 1 deliveries", headers[EnvelopeHeaders.DeadLetterReason], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenIdle_is_exact_under_many_concurrent_publishers_and_handlers()
    {
        await using var transport = new InMemoryTransport(new InMemoryTransportOptions { MaxConcurrency = 4, ChannelCapacity = 8 });
        var handled = 0;
        await transport.SubscribeAsync(new Subscription("billing", [TestOrder.Key]), async (_, _, _) =>
        {
            await Task.Yield();
            Interlocked.Increment(ref handled);
        }, CancellationToken.None);
        var sender = new MessageSender(transport);

        for (var round = 1; round <= 20; round++)
        {
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                for (var i = 0; i < 25; i++)
                {
                    await sender.SendAsync(TestOrder.Sample(), options: null, CancellationToken.None);
                }
            })));
            await transport.WhenIdleAsync().Safe();

            // Idle means every message published before the wait was handled, not merely that the count touched zero.
            Assert.Equal(round * 100, Volatile.Read(ref handled));
        }
    }
}
