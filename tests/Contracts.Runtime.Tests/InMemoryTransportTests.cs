using System.Collections.Concurrent;
using Contracts.Hosting;
using Contracts.Serialization;

namespace Contracts.Runtime.Tests;

/// <summary>Routing, retries, dead letters, backpressure and idleness of the embedded transport.</summary>
public sealed class InMemoryTransportTests : IAsyncLifetime
{
    private static readonly MessageKey Ping = new("tests.ping", 1);
    private static readonly MessageKey Pong = new("tests.pong", 1);

    private InMemoryTransport _transport = new();

    public Task InitializeAsync() => Task.CompletedTask;

    // Bounded: a handler left blocked by a failed assertion must fail the test, not hang the run.
    public Task DisposeAsync() => _transport.DisposeAsync().Safe();

    [Fact]
    public async Task Each_endpoint_consuming_a_message_gets_its_own_copy()
    {
        var billing = new ConcurrentQueue<string>();
        var shipping = new ConcurrentQueue<string>();
        var other = new ConcurrentQueue<string>();
        await Subscribe("billing", Record(billing), Ping);
        await Subscribe("shipping", Record(shipping), Ping);
        await Subscribe("other", Record(other), Pong);

        await _transport.PublishAsync(TestSupport.Envelope(Ping, "p-1"), CancellationToken.None);
        await _transport.WhenIdleAsync().Safe();

        Assert.Equal(["p-1"], billing);
        Assert.Equal(["p-1"], shipping);
        Assert.Empty(other);
        Assert.Equal((1, 2, 0), (_transport.PublishedCount, _transport.DeliveredCount, _transport.UnroutedCount));
    }

    [Fact]
    public async Task A_message_nobody_consumes_is_counted_as_unrouted()
    {
        await Subscribe("billing", Record(new()), Pong);

        await _transport.PublishAsync(TestSupport.Envelope(Ping), CancellationToken.None);

        Assert.Equal((1, 1), (_transport.PublishedCount, _transport.UnroutedCount));
        Assert.True(_transport.WhenIdleAsync().IsCompleted);
    }

    [Fact]
    public async Task A_failing_message_is_redelivered_until_it_succeeds()
    {
        var attempts = new ConcurrentQueue<int>();
        await Subscribe("billing", (_, redeliveryCount, _) =>
        {
            attempts.Enqueue(redeliveryCount);
            return redeliveryCount < 2 ? throw new TimeoutException("database busy") : ValueTask.CompletedTask;
        }, Ping);

        await _transport.PublishAsync(TestSupport.Envelope(Ping), CancellationToken.None);
        await _transport.WhenIdleAsync().Safe();

        Assert.Equal([0, 1, 2], attempts);
        Assert.Equal(1, _transport.DeliveredCount);
        Assert.Empty(_transport.DeadLetters);
    }

    [Fact]
    public async Task After_the_last_retry_the_message_is_dead_lettered_and_the_next_one_is_processed()
    {
        _transport = new InMemoryTransport(new InMemoryTransportOptions { MaxRetries = 2 });
        var attempts = new ConcurrentQueue<(string Id, int RedeliveryCount)>();
        await Subscribe("billing", (message, redeliveryCount, _) =>
        {
            attempts.Enqueue((message.Id(), redeliveryCount));
            return message.Id() == "bad" ? throw new InvalidOperationException("card declined") : ValueTask.CompletedTask;
        }, Ping);

        var bad = TestSupport.Envelope(Ping, "bad");
        await _transport.PublishAsync(bad, CancellationToken.None);
        await _transport.PublishAsync(TestSupport.Envelope(Ping, "good"), CancellationToken.None);
        await _transport.WhenIdleAsync().Safe();

        Assert.Equal([("bad", 0), ("bad", 1), ("bad", 2), ("good", 0)], attempts);
        var letter = Assert.Single(_transport.DeadLetters);
        Assert.Equal("billing", letter.Endpoint);
        Assert.IsType<InvalidOperationException>(letter.Exception);
        Assert.Equal("failed 3 deliveries: card declined", letter.Reason);
        Assert.Equal(letter.Reason, letter.Message.Headers[EnvelopeHeaders.DeadLetterReason]);
        Assert.Equal("System.InvalidOperationException: card declined", letter.Message.Headers[EnvelopeHeaders.DeadLetterException]);
        Assert.All(bad.Headers, header => Assert.Equal(header.Value, letter.Message.Headers[header.Key]));
        Assert.Equal((1, 1), (_transport.DeliveredCount, _transport.DeadLetteredCount));
    }

    public static TheoryData<Exception> Permanent => new()
    {
        new MessageFormatException("$.lines[0].sku", "expected a string but found a number"),
        new UnknownMessageException(Ping),
    };

    [Theory]
    [MemberData(nameof(Permanent))]
    public async Task Errors_a_retry_cannot_fix_are_dead_lettered_at_once(Exception error)
    {
        var attempts = 0;
        await Subscribe("billing", (_, _, _) =>
        {
            Interlocked.Increment(ref attempts);
            throw error;
        }, Ping);

        await _transport.PublishAsync(TestSupport.Envelope(Ping), CancellationToken.None);
        await _transport.WhenIdleAsync().Safe();

        Assert.Equal(1, attempts);
        var letter = Assert.Single(_transport.DeadLetters);
        Assert.Same(error, letter.Exception);
        Assert.StartsWith("not retried: ", letter.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_full_queue_slows_publishers_down_without_losing_messages()
    {
        _transport = new InMemoryTransport(new InMemoryTransportOptions { ChannelCapacity = 1 });
        var received = new ConcurrentQueue<string>();
        await Subscribe("billing", async (message, _, _) =>
        {
            await Task.Yield();
            received.Enqueue(message.Id());
        }, Ping);

        var ids = Enumerable.Range(0, 1000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        foreach (var id in ids)
        {
            await _transport.PublishAsync(TestSupport.Envelope(Ping, id), CancellationToken.None);
        }

        await _transport.WhenIdleAsync().Safe();

        Assert.Equal(ids, received);
        Assert.Equal(1000, _transport.DeliveredCount);
    }

    [Fact]
    public async Task Publishing_to_a_full_queue_waits_for_room_and_can_be_cancelled()
    {
        _transport = new InMemoryTransport(new InMemoryTransportOptions { ChannelCapacity = 1 });
        var handling = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var received = new ConcurrentQueue<string>();
        await Subscribe("billing", async (message, _, _) =>
        {
            handling.TrySetResult();
            await release.Task;
            received.Enqueue(message.Id());
        }, Ping);

        await _transport.PublishAsync(TestSupport.Envelope(Ping, "1"), CancellationToken.None);
        await handling.Task.Safe();                                                   // "1" is being handled
        await _transport.PublishAsync(TestSupport.Envelope(Ping, "2"), CancellationToken.None).Safe(); // "2" fills the queue
        var third = _transport.PublishAsync(TestSupport.Envelope(Ping, "3"), CancellationToken.None).AsTask();
        using var cancel = new CancellationTokenSource();
        var fourth = _transport.PublishAsync(TestSupport.Envelope(Ping, "4"), cancel.Token).AsTask();

        Assert.False(third.IsCompleted);
        Assert.False(fourth.IsCompleted);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fourth).Safe();
        release.SetResult();
        await third.Safe();
        await _transport.WhenIdleAsync().Safe();

        Assert.Equal(["1", "2", "3"], received);
        Assert.Equal(3, _transport.PublishedCount);
    }

    [Fact]
    public async Task WhenIdle_waits_for_in_flight_messages_and_the_messages_they_publish()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pongs = new ConcurrentQueue<string>();
        await Subscribe("ping-service", async (message, _, cancellationToken) =>
        {
            await release.Task;
            await _transport.PublishAsync(TestSupport.Envelope(Pong, "reply-to-" + message.Id()), cancellationToken);
        }, Ping);
        await Subscribe("pong-service", Record(pongs), Pong);
        Assert.True(_transport.WhenIdleAsync().IsCompleted);

        await _transport.PublishAsync(TestSupport.Envelope(Ping, "p"), CancellationToken.None);
        var idle = _transport.WhenIdleAsync();

        Assert.False(idle.IsCompleted);
        release.SetResult();
        await idle.Safe();
        Assert.Equal(["reply-to-p"], pongs);
    }

    [Fact]
    public async Task WhenIdle_honors_cancellation()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await Subscribe("billing", async (_, _, _) => await release.Task, Ping);
        await _transport.PublishAsync(TestSupport.Envelope(Ping), CancellationToken.None);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _transport.WhenIdleAsync(new CancellationToken(canceled: true)));
        release.SetResult();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task An_endpoint_handles_up_to_MaxConcurrency_messages_at_once(int concurrency)
    {
        _transport = new InMemoryTransport(new InMemoryTransportOptions { MaxConcurrency = concurrency });
        var inside = 0;
        var most = 0;
        var full = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await Subscribe("billing", async (_, _, _) =>
        {
            var now = Interlocked.Increment(ref inside);
            InterlockedMax(ref most, now);
            if (now == concurrency)
            {
                full.TrySetResult();
            }

            await full.Task; // nobody leaves until the endpoint has been seen at its limit
            Interlocked.Decrement(ref inside);
        }, Ping);

        for (var i = 0; i < concurrency * 4; i++)
        {
            await _transport.PublishAsync(TestSupport.Envelope(Ping), CancellationToken.None);
        }

        await _transport.WhenIdleAsync().Safe();

        Assert.Equal(concurrency, most);
        Assert.Equal(concurrency * 4, _transport.DeliveredCount);
    }

    [Fact]
    public async Task Disposing_a_subscription_finishes_in_flight_messages_and_dead_letters_queued_ones()
    {
        var handling = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var received = new ConcurrentQueue<string>();
        var subscription = await Subscribe("billing", async (message, _, _) =>
        {
            handling.TrySetResult();
            await release.Task;
            received.Enqueue(message.Id());
        }, Ping);
        foreach (var id in new[] { "1", "2", "3" })
        {
            await _transport.PublishAsync(TestSupport.Envelope(Ping, id), CancellationToken.None);
        }

        await handling.Task.Safe();
        var disposal = subscription.DisposeAsync().AsTask();
        Assert.False(disposal.IsCompleted);
        release.SetResult();
        await disposal.Safe();
        await _transport.PublishAsync(TestSupport.Envelope(Ping, "4"), CancellationToken.None);

        Assert.Equal(["1"], received);
        Assert.Equal(["2", "3"], _transport.DeadLetters.Select(d => d.Message.Id()));
        Assert.All(_transport.DeadLetters, d => Assert.Contains("stopped", d.Reason, StringComparison.Ordinal));
        Assert.Equal(1, _transport.UnroutedCount);
        Assert.True(_transport.WhenIdleAsync().IsCompleted);
    }

    [Fact]
    public async Task The_transport_keeps_its_own_copy_of_a_published_message()
    {
        var received = new TaskCompletionSource<TransportMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await Subscribe("billing", async (message, _, _) =>
        {
            await release.Task;
            received.TrySetResult(message);
        }, Ping);
        var body = "{}"u8.ToArray();
        var headers = new Dictionary<string, string>(TestSupport.Envelope(Ping, "original").Headers);

        await _transport.PublishAsync(new TransportMessage(headers, body), CancellationToken.None);
        headers[EnvelopeHeaders.MessageId] = "changed";
        body[0] = (byte)'[';
        release.SetResult();

        var delivered = await received.Task.Safe();
        Assert.Equal("original", delivered.Id());
        Assert.Equal("{}"u8.ToArray(), delivered.Body.ToArray());
    }

    [Fact]
    public async Task A_second_subscription_on_one_endpoint_is_refused()
    {
        await Subscribe("billing", Record(new()), Ping);

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await Subscribe("billing", Record(new()), Pong));
    }

    [Fact]
    public async Task A_message_without_routing_headers_is_refused()
    {
        var headers = new Dictionary<string, string>(TestSupport.Envelope(Ping).Headers);
        headers.Remove(EnvelopeHeaders.MessageVersion);

        await Assert.ThrowsAsync<ArgumentException>(async () => await _transport.PublishAsync(new TransportMessage(headers, default), CancellationToken.None));
    }

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(1, 0, 0)]
    [InlineData(1, 1, -1)]
    public void Out_of_range_options_are_refused(int capacity, int concurrency, int retries)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryTransport(
            new InMemoryTransportOptions { ChannelCapacity = capacity, MaxConcurrency = concurrency, MaxRetries = retries }));

    private ValueTask<IAsyncDisposable> Subscribe(string endpoint, TransportMessageHandler handler, params MessageKey[] keys)
        => _transport.SubscribeAsync(new Subscription(endpoint, keys), handler, CancellationToken.None);

    private static TransportMessageHandler Record(ConcurrentQueue<string> ids) => (message, _, _) =>
    {
        ids.Enqueue(message.Id());
        return ValueTask.CompletedTask;
    };

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
