using System.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Contracts.Generated.Tests;

/// <summary>
/// The generated dispatcher delivers an older version through the project's upcasters to the consumers of newer ones
/// (v1 → v2 → v3), once per consumer, and reads a renamed message under its old name too.
/// </summary>
public sealed class UpcastDispatchTests
{
    [Fact]
    public async Task A_v1_reaches_the_v2_consumer_through_one_upcaster_and_the_v3_consumer_through_the_chain()
    {
        await using var host = await TestHost.StartAsync();
        var publisher = host.Services.GetRequiredService<MigrationPublisher>();

        await publisher.PublishAsync(new InvoiceIssuedV1("inv-1", 12.34m)).Safe();
        await host.IdleAsync();

        var v2 = Assert.Single(host.Inbox.Of(nameof(BookInvoiceV2)));
        Assert.Equal(new InvoiceIssuedV2("inv-1", 12.34m, "EUR"), v2.Message);
        Assert.Equal(new MessageKey("billing.invoice-issued", 1), v2.Context.Key);
        var v3 = Assert.Single(host.Inbox.Of(nameof(BookInvoiceV3)));
        Assert.Equal(new InvoiceIssuedV3("inv-1", 1234, "EUR"), v3.Message);
        Assert.Empty(host.Transport.DeadLetters);
    }

    [Fact]
    public async Task A_consumer_of_both_versions_gets_a_v1_once_as_v1()
    {
        await using var host = await TestHost.StartAsync();
        var publisher = host.Services.GetRequiredService<MigrationPublisher>();

        await publisher.PublishAsync(new InvoiceIssuedV1("inv-2", 1m)).Safe();
        await publisher.PublishAsync(new InvoiceIssuedV2("inv-3", 2m, "USD")).Safe();
        await host.IdleAsync();

        Assert.Equal<object>([new InvoiceIssuedV1("inv-2", 1m), new InvoiceIssuedV2("inv-3", 2m, "USD")], host.Inbox.Of(nameof(AuditInvoices)).Select(r => r.Message));
    }

    [Fact]
    public async Task A_v2_goes_on_to_v3_but_never_back_down_to_v1_and_a_v3_reaches_only_its_own_consumer()
    {
        await using var host = await TestHost.StartAsync();
        var publisher = host.Services.GetRequiredService<MigrationPublisher>();

        await publisher.PublishAsync(new InvoiceIssuedV2("inv-4", 0.5m, "USD")).Safe();
        await publisher.PublishAsync(new InvoiceIssuedV3("inv-5", 7, "CHF")).Safe();
        await host.IdleAsync();

        Assert.Equal<object>([new InvoiceIssuedV3("inv-4", 50, "USD"), new InvoiceIssuedV3("inv-5", 7, "CHF")], host.Inbox.Of(nameof(BookInvoiceV3)).Select(r => r.Message));
        Assert.Equal<object>([new InvoiceIssuedV2("inv-4", 0.5m, "USD")], host.Inbox.Of(nameof(BookInvoiceV2)).Select(r => r.Message));
        Assert.Equal<object>([new InvoiceIssuedV2("inv-4", 0.5m, "USD")], host.Inbox.Of(nameof(AuditInvoices)).Select(r => r.Message));
    }

    [Fact]
    public void The_subscription_names_every_version_a_consumer_reads_and_both_names_of_a_renamed_message()
    {
        var keys = new Contracts.Generated.ContractsDispatcher().Subscription.Messages;

        Assert.Contains(new MessageKey("billing.invoice-issued", 1), keys);
        Assert.Contains(new MessageKey("billing.invoice-issued", 2), keys);
        Assert.Contains(new MessageKey("billing.invoice-issued", 3), keys);
        Assert.Contains(new MessageKey("shipping.crate-shipped", 1), keys);
        Assert.Contains(new MessageKey("shipping.crate-dispatched", 1), keys);
    }

    [Fact]
    public async Task A_renamed_message_is_read_under_its_new_name_and_under_its_alias()
    {
        await using var host = await TestHost.StartAsync();
        var publisher = host.Services.GetRequiredService<MigrationPublisher>();

        await publisher.PublishAsync(new CrateShipped("p-new")).Safe();
        await host.Transport.PublishAsync(Raw("shipping.crate-dispatched", """{"crateId":"p-old"}"""), CancellationToken.None).Safe();
        await host.IdleAsync();

        var received = host.Inbox.Of(nameof(TrackCrate));
        Assert.Equal<object>([new CrateShipped("p-new"), new CrateShipped("p-old")], received.Select(r => r.Message));
        Assert.Equal(["shipping.crate-shipped", "shipping.crate-dispatched"], received.Select(r => r.Context.MessageName));
        Assert.Equal(0, host.Transport.UnroutedCount);
    }

    // What a producer that has not been renamed yet sends: the old name on the wire.
    private static TransportMessage Raw(string name, string body) => new(
        new Dictionary<string, string>
        {
            [EnvelopeHeaders.MessageName] = name,
            [EnvelopeHeaders.MessageVersion] = "1",
            [EnvelopeHeaders.MessageId] = "raw-" + name,
            [EnvelopeHeaders.ContentType] = EnvelopeHeaders.JsonContentType,
        },
        Encoding.UTF8.GetBytes(body));
}
