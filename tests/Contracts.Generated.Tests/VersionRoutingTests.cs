namespace Contracts.Generated.Tests;

/// <summary>Two versions of one message are two records; the generated dispatcher routes each version to its consumer.</summary>
public sealed class VersionRoutingTests
{
    [Fact]
    public async Task Each_version_reaches_only_its_own_consumer()
    {
        await using var host = await TestHost.StartAsync();
        var v1 = new PriceChangedV1("sku-1", 10.5m);
        var v2 = new PriceChangedV2("sku-1", 11.25m, "EUR");

        await host.Publisher.PublishAsync(v1).Safe();
        await host.Publisher.PublishAsync(v2).Safe();
        await host.Publisher.PublishAsync(v1 with { Price = 12m }).Safe();
        await host.IdleAsync();

        var first = host.Inbox.Of(nameof(ApplyPriceV1));
        Assert.Equal([v1, v1 with { Price = 12m }], first.Select(r => r.Message));
        Assert.All(first, r => Assert.Equal(new MessageKey("catalog.price-changed", 1), r.Context.Key));
        var second = Assert.Single(host.Inbox.Of(nameof(ApplyPriceV2)));
        Assert.Equal(v2, second.Message);
        Assert.Equal(new MessageKey("catalog.price-changed", 2), second.Context.Key);
        Assert.Empty(host.Transport.DeadLetters);
    }

    [Fact]
    public void The_two_versions_share_a_name_and_differ_in_version_and_schema()
    {
        var v1 = Descriptor<PriceChangedV1>();
        var v2 = Descriptor<PriceChangedV2>();

        Assert.Equal(new MessageKey("catalog.price-changed", 1), v1.Key);
        Assert.Equal(new MessageKey("catalog.price-changed", 2), v2.Key);
        Assert.NotEqual(v1.Fingerprint, v2.Fingerprint);
    }

    [Fact]
    public async Task A_version_nobody_consumes_is_not_delivered()
    {
        await using var host = await TestHost.StartAsync();
        var transport = host.Transport;
        var headers = new Dictionary<string, string>
        {
            [EnvelopeHeaders.MessageName] = "catalog.price-changed",
            [EnvelopeHeaders.MessageVersion] = "3",
            [EnvelopeHeaders.MessageId] = "v3",
            [EnvelopeHeaders.ContentType] = EnvelopeHeaders.JsonContentType,
        };

        await transport.PublishAsync(new TransportMessage(headers, """{"sku":"s"}"""u8.ToArray()), CancellationToken.None).Safe();
        await host.IdleAsync();

        Assert.Equal(1, transport.UnroutedCount);
        Assert.Empty(host.Inbox.All);
    }

    private static Contracts.Serialization.MessageDescriptor Descriptor<T>() where T : Contracts.Serialization.IMessage<T> => T.ContractDescriptor;
}
