using Contracts.Hosting;
using Contracts.Serialization;

namespace Contracts.Runtime.Tests;

/// <summary>Incoming headers are validated like bodies: a bad envelope is a MessageFormatException at "$headers".</summary>
public sealed class EnvelopeTests
{
    private static readonly MessageKey Key = new("tests.ping", 3);

    [Fact]
    public void Reads_the_context_from_a_valid_envelope()
    {
        var message = TestSupport.Envelope(Key, id: "m-1");

        var context = Envelope.ReadContext(message, redeliveryCount: 2);

        Assert.Equal(("m-1", Key, 2), (context.MessageId, context.Key, context.RedeliveryCount));
        Assert.Same(message.Headers, context.Headers);
    }

    [Theory]
    [InlineData(EnvelopeHeaders.MessageName, null, "missing header 'contracts-message'")]
    [InlineData(EnvelopeHeaders.MessageName, "Orders.Placed", "header 'contracts-message' is 'Orders.Placed', not a message name")]
    [InlineData(EnvelopeHeaders.MessageVersion, null, "missing header 'contracts-version'")]
    [InlineData(EnvelopeHeaders.MessageVersion, "0", "header 'contracts-version' is '0', not a version")]
    [InlineData(EnvelopeHeaders.MessageVersion, "v1", "header 'contracts-version' is 'v1', not a version")]
    [InlineData(EnvelopeHeaders.MessageVersion, "-1", "header 'contracts-version' is '-1', not a version")]
    [InlineData(EnvelopeHeaders.MessageId, null, "missing header 'message-id'")]
    [InlineData(EnvelopeHeaders.MessageId, " ", "missing header 'message-id'")]
    [InlineData(EnvelopeHeaders.ContentType, "text/xml", "header 'content-type' is 'text/xml'")]
    public void Rejects_an_invalid_envelope(string header, string? value, string reason)
    {
        var headers = new Dictionary<string, string>(TestSupport.Envelope(Key).Headers);
        if (value is null)
        {
            headers.Remove(header);
        }
        else
        {
            headers[header] = value;
        }

        var error = Assert.Throws<MessageFormatException>(() => Envelope.ReadContext(new TransportMessage(headers, default), 0));

        Assert.Equal("$headers", error.Path);
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_json_content_type_with_parameters_is_accepted()
    {
        var headers = new Dictionary<string, string>(TestSupport.Envelope(Key).Headers) { [EnvelopeHeaders.ContentType] = "Application/JSON; charset=utf-8" };

        Assert.Equal(Key, Envelope.ReadContext(new TransportMessage(headers, default), 0).Key);
    }
}
