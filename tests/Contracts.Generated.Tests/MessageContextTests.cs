namespace Contracts.Generated.Tests;

/// <summary>What a consumer learns from the envelope: name, version, message id, headers.</summary>
public sealed class MessageContextTests
{
    [Fact]
    public async Task The_context_carries_name_version_id_and_headers()
    {
        await using var host = await TestHost.StartAsync();
        var options = new PublishOptions
        {
            MessageId = "order-42",
            Headers = new Dictionary<string, string> { ["tenant"] = "acme", ["x-correlation"] = "c-1" },
        };

        await host.Publisher.PublishAsync(Orders.Number(42), options).Safe();
        await host.IdleAsync();

        var context = Assert.Single(host.Inbox.Of(nameof(ReserveStock))).Context;
        Assert.Equal("orders.order-placed", context.MessageName);
        Assert.Equal(1, context.Version);
        Assert.Equal(new MessageKey("orders.order-placed", 1), context.Key);
        Assert.Equal("order-42", context.MessageId);
        Assert.Equal(0, context.RedeliveryCount);
        Assert.Equal("acme", context.Headers["tenant"]);
        Assert.Equal("c-1", context.Headers["x-correlation"]);
        Assert.Equal("orders.order-placed", context.Headers[EnvelopeHeaders.MessageName]);
        Assert.Equal("1", context.Headers[EnvelopeHeaders.MessageVersion]);
        Assert.Equal(EnvelopeHeaders.JsonContentType, context.Headers[EnvelopeHeaders.ContentType]);
        Assert.Matches("^[0-9a-f]{16}$", context.Headers[EnvelopeHeaders.SchemaFingerprint]);
    }

    [Fact]
    public async Task Without_options_each_message_gets_a_fresh_id()
    {
        await using var host = await TestHost.StartAsync();

        await host.Publisher.PublishAsync(Orders.Number(1)).Safe();
        await host.Publisher.PublishAsync(Orders.Number(2)).Safe();
        await host.IdleAsync();

        var ids = host.Inbox.Of(nameof(ReserveStock)).Select(r => r.Context.MessageId).ToArray();
        Assert.Equal(2, ids.Length);
        Assert.All(ids, id => Assert.False(string.IsNullOrWhiteSpace(id)));
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public async Task Both_consumers_of_one_delivery_see_the_same_context()
    {
        await using var host = await TestHost.StartAsync();

        await host.Publisher.PublishAsync(Orders.Number(7), new PublishOptions { MessageId = "m-7" }).Safe();
        await host.IdleAsync();

        var contexts = host.Inbox.All.Select(r => r.Context.MessageId).ToArray();
        Assert.Equal(["m-7", "m-7"], contexts);
    }
}
