using System.Text.Json;
using Contracts.Schema.Export;
using Contracts.Schema.Manifest;

namespace Contracts.Compatibility.Tests.Export;

/// <summary>The AsyncAPI 3.0 document names the RabbitMQ transport's real topology and the envelope headers.</summary>
public sealed class AsyncApiExportTests
{
    private static readonly ExportOptions Shop = new() { Exchange = "shop", QueuePrefix = "shop." };

    private static JsonElement Document(ContractManifest manifest) => JsonDocument.Parse(AsyncApiExporter.Export(manifest, Shop)).RootElement;

    [Fact]
    public void Each_message_version_is_a_channel_addressed_by_its_routing_key_on_the_topic_exchange()
    {
        var channel = Document(ExportSamples.Service()).GetProperty("channels").GetProperty("tests.every-type.v2");
        var amqp = channel.GetProperty("bindings").GetProperty("amqp");

        Assert.Equal("tests.every-type.v2", channel.GetProperty("address").GetString());
        Assert.Equal("routingKey", amqp.GetProperty("is").GetString());
        Assert.Equal("shop", amqp.GetProperty("exchange").GetProperty("name").GetString());
        Assert.Equal("topic", amqp.GetProperty("exchange").GetProperty("type").GetString());
        Assert.Equal("0.3.0", amqp.GetProperty("bindingVersion").GetString());
    }

    [Theory]
    [InlineData(MessageRole.Publishes, new[] { "send.tests.every-type.v2" })]
    [InlineData(MessageRole.Consumes, new[] { "receive.tests.every-type.v2" })]
    [InlineData(MessageRole.Both, new[] { "send.tests.every-type.v2", "receive.tests.every-type.v2" })]
    public void Operations_follow_the_role(MessageRole role, string[] expected)
        => Assert.Equal(expected, Document(ExportSamples.Service(role)).GetProperty("operations").EnumerateObject().Select(o => o.Name));

    [Fact]
    public void A_receive_operation_names_the_services_own_queue()
    {
        var receive = Document(ExportSamples.Service(MessageRole.Consumes)).GetProperty("operations").GetProperty("receive.tests.every-type.v2");

        Assert.Contains("'shop.orders'", receive.GetProperty("description").GetString());
    }

    [Fact]
    public void A_published_message_requires_the_headers_always_sent_with_their_constant_values()
    {
        var headers = Document(ExportSamples.Service()).GetProperty("components").GetProperty("messages").GetProperty("tests.every-type.v2").GetProperty("headers");
        var properties = headers.GetProperty("properties");

        Assert.Equal(["contracts-message", "contracts-version", "message-id", "content-type", "contracts-schema"],
            headers.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2", properties.GetProperty("contracts-version").GetProperty("const").GetString());
        Assert.Equal(SchemaFingerprint.Of(ExportSamples.EveryWireType()), properties.GetProperty("contracts-schema").GetProperty("const").GetString());
        Assert.True(properties.TryGetProperty("traceparent", out _));
    }

    [Fact]
    public void A_consumer_requires_only_the_headers_it_refuses_messages_without()
    {
        var headers = Document(ExportSamples.Service(MessageRole.Consumes)).GetProperty("components").GetProperty("messages").GetProperty("tests.every-type.v2").GetProperty("headers");

        Assert.Equal(["contracts-message", "contracts-version", "message-id"], headers.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.False(headers.GetProperty("properties").GetProperty("contracts-schema").TryGetProperty("const", out _));
    }

    [Fact]
    public void Nested_types_of_equal_shape_are_one_component_schema_and_of_different_shape_one_each()
    {
        static string[] Schemas(bool same) => Document(ExportSamples.TwoMessages(same)).GetProperty("components").GetProperty("schemas").EnumerateObject().Select(s => s.Name).ToArray();

        Assert.Equal(["Line"], Schemas(same: true));
        Assert.Equal(["billing.charged.v1.Line", "orders.placed.v1.Line"], Schemas(same: false));
    }
}
