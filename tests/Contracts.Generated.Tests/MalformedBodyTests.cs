using System.Globalization;
using System.Text;
using Contracts.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Contracts.Generated.Tests;

/// <summary>A body that is not the contract is dead-lettered at once with the JSON path, and does not stop the endpoint.</summary>
public sealed class MalformedBodyTests
{
    public static TheoryData<string, string> Bodies => new()
    {
        { """{"orderId":"not-a-guid"}""", "$.orderId: expected a GUID string" },
        { """{"orderId":"0f8fad5b-d9cb-469f-a165-70867728950e","customerId":"c","lines":[{"sku":"a","quantity":"many","unitPrice":1}]}""", "$.lines[0].quantity: expected a number but found a string" },
        { """{"orderId":"0f8fad5b-d9cb-469f-a165-70867728950e","customerId":"c"}""", "$: required member 'lines' is missing" },
        { """{"orderId":""", "$.orderId: " },
        { "[]", "$: expected an object but found an array" },
        { """{"\uD800":1}""", "$: a member name is not valid Unicode" },
        { """{"orderId":"0f8fad5b-d9cb-469f-a165-70867728950e","customerId":"c","lines":[{"sku":"\uDC00"}]}""", "$.lines[0].sku: the string is not valid Unicode" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_malformed_body_is_dead_lettered_with_its_path_and_later_messages_still_flow(string body, string reason)
    {
        await using var host = await TestHost.StartAsync(maxRetries: 3);
        var transport = host.Services.GetRequiredService<IMessageTransport>();
        var later = Orders.Number(2);

        await transport.PublishAsync(Envelope("bad-1", body), CancellationToken.None).Safe();
        await host.Publisher.PublishAsync(later).Safe();
        await host.IdleAsync();

        var dead = Assert.Single(host.Transport.DeadLetters);
        Assert.Equal("bad-1", dead.Message.Headers[EnvelopeHeaders.MessageId]);
        Assert.StartsWith("not retried: " + reason, dead.Reason, StringComparison.Ordinal);
        Assert.IsType<MessageFormatException>(dead.Exception);
        Assert.DoesNotContain(host.Inbox.All, r => r.Context.MessageId == "bad-1"); // never retried, never consumed
        Assert.Equal(2, host.Inbox.All.Count);
        Assert.All(host.Inbox.All, r => Structural.Equal(later, r.Message));
    }

    private static TransportMessage Envelope(string id, string body) => new(
        new Dictionary<string, string>
        {
            [EnvelopeHeaders.MessageName] = "orders.order-placed",
            [EnvelopeHeaders.MessageVersion] = 1.ToString(CultureInfo.InvariantCulture),
            [EnvelopeHeaders.MessageId] = id,
            [EnvelopeHeaders.ContentType] = EnvelopeHeaders.JsonContentType,
        },
        Encoding.UTF8.GetBytes(body));
}
