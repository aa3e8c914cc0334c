using System;
using System.Globalization;
using System.Linq;
using Contracts.Schema.Export.Json;
using Contracts.Schema.Manifest;

namespace Contracts.Schema.Export;

/// <summary>
/// One AsyncAPI 3.0 document per service, with the RabbitMQ transport's real topology: a channel per message
/// version whose address is the routing key <c>name.vN</c> on the durable topic exchange, a <c>send</c> operation for
/// what the service publishes and a <c>receive</c> operation (from its own durable queue) for what it consumes, and
/// each message with its envelope headers and its payload. Payloads and headers are schemas in the subset that
/// draft-07 reads like 2020-12 (see <see cref="JsonSchemaWriter"/>); bindings are AMQP 0.3.0.
/// </summary>
public static class AsyncApiExporter
{
    /// <summary>The AsyncAPI version of every document.</summary>
    public const string Version = "3.0.0";

    private const string AmqpBindingVersion = "0.3.0";

    /// <summary>The document of <paramref name="manifest"/>'s service.</summary>
    public static string Export(ContractManifest manifest, ExportOptions options)
    {
        var service = manifest.Service;
        var messages = manifest.Messages.OrderBy(m => m.Schema.Name, StringComparer.Ordinal).ThenBy(m => m.Schema.Version).ToList();
        var definitions = SharedDefinitions.Of(
            messages.Select(m => m.Schema).ToList(),
            new UniqueNames(),
            plain: ComponentKey,
            qualified: (schema, name) => Key(schema) + "." + ComponentKey(name));
        JsonSchemaWriter WriterFor(ContractSchema owner)
            => new(type => definitions.NameOf(owner, type) is { } key ? JsonSchemaWriter.Pointer("components", "schemas", key) : null);

        var channels = new JsonTreeObject();
        var operations = new JsonTreeObject();
        var components = new JsonTreeObject();
        foreach (var message in messages)
        {
            var key = Key(message.Schema);
            channels.Add(key, Channel(message.Schema, options));
            foreach (var (id, operation) in Operations(message, service, options))
            {
                operations.Add(id, operation);
            }

            components.Add(key, Message(message, service, WriterFor(message.Schema)));
        }

        var schemas = new JsonTreeObject();
        foreach (var definition in definitions.Definitions)
        {
            var reader = messages.First(m => ReferenceEquals(m.Schema, definition.Owner)).Role;
            schemas.Add(definition.Name, definition.Object is { } type
                ? WriterFor(definition.Owner).Object(type.Members)
                : Enum(definition.Enum!, JsonSchemaExporter.Reader(reader, service)));
        }

        var componentsObject = new JsonTreeObject().Add("messages", components);
        return JsonTreePrinter.Print(new JsonTreeObject()
            .Add("asyncapi", Version)
            .Add("info", new JsonTreeObject()
                .Add("title", service)
                .Add("version", options.ServiceVersion)
                .Add("description", "The messages service '" + service + "' publishes and consumes, exported by Contracts from its contracts. "
                    + "Bodies are UTF-8 JSON objects; docs/wire-format.md of Contracts spells out every wire form."))
            .Add("defaultContentType", WireHeaders.JsonContentType)
            .Add("channels", channels)
            .Add("operations", operations)
            .Add("components", schemas.Properties.Count == 0 ? componentsObject : componentsObject.Add("schemas", schemas)));
    }

    // Channel, message and component ids are the routing key: unique per message version, and what the broker shows.
    private static string Key(ContractSchema schema) => ExportNames.RoutingKey(schema.Name, schema.Version);

    // Component keys may hold only letters, digits, '.', '-' and '_'.
    private static string ComponentKey(string name)
        => new string(name.Select(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-' or '_' ? c : '_').ToArray());

    private static JsonTreeObject Channel(ContractSchema schema, ExportOptions options)
    {
        var key = Key(schema);
        var exchange = new JsonTreeObject()
            .Add("name", options.Exchange)
            .Add("type", "topic")
            .Add("durable", JsonTree.Boolean(true))
            .Add("autoDelete", JsonTree.Boolean(false));
        return new JsonTreeObject()
            .Add("address", key)
            .Add("title", Title(schema))
            .Add("description", "Messages " + Title(schema) + ", published to the topic exchange '" + options.Exchange + "' with the routing key '" + key + "'.")
            .Add("messages", new JsonTreeObject().Add(key, new JsonTreeObject().Add("$ref", JsonSchemaWriter.Pointer("components", "messages", key))))
            .Add("bindings", new JsonTreeObject().Add("amqp", new JsonTreeObject()
                .Add("is", "routingKey")
                .Add("exchange", exchange)
                .Add("bindingVersion", AmqpBindingVersion)));
    }

    private static (string Id, JsonTreeObject Operation)[] Operations(ManifestMessage message, string service, ExportOptions options)
    {
        var schema = message.Schema;
        var key = Key(schema);
        var queue = options.QueuePrefix + service;
        var send = Operation("send", schema)
            .Add("description", "Service '" + service + "' publishes " + Title(schema) + ": persistent, with publisher confirms.")
            .Add("bindings", new JsonTreeObject().Add("amqp", new JsonTreeObject()
                .Add("deliveryMode", JsonTree.Number(2))
                .Add("mandatory", JsonTree.Boolean(false))
                .Add("bindingVersion", AmqpBindingVersion)));
        var receive = Operation("receive", schema)
            .Add("description", "Service '" + service + "' consumes " + Title(schema) + " from its durable queue '" + queue
                + "', bound to the exchange with the routing key '" + key + "', and acknowledges each message after its handler ran.")
            .Add("bindings", new JsonTreeObject().Add("amqp", new JsonTreeObject()
                .Add("ack", JsonTree.Boolean(true))
                .Add("bindingVersion", AmqpBindingVersion)));
        return message.Role switch
        {
            MessageRole.Publishes => new[] { ("send." + key, send) },
            MessageRole.Consumes => new[] { ("receive." + key, receive) },
            _ => new[] { ("send." + key, send), ("receive." + key, receive) },
        };
    }

    private static JsonTreeObject Operation(string action, ContractSchema schema)
    {
        var key = Key(schema);
        return new JsonTreeObject()
            .Add("action", action)
            .Add("channel", new JsonTreeObject().Add("$ref", JsonSchemaWriter.Pointer("channels", key)))
            .Add("title", (action == "send" ? "Publish " : "Consume ") + Title(schema))
            .Add("messages", new JsonTreeArray(new JsonTree[] { new JsonTreeObject().Add("$ref", JsonSchemaWriter.Pointer("channels", key, "messages", key)) }));
    }

    private static JsonTreeObject Message(ManifestMessage message, string service, JsonSchemaWriter writer)
    {
        var schema = message.Schema;
        var payload = writer.Object(schema.Members);
        payload.Properties.Insert(0, new("description", JsonTree.String(JsonSchemaExporter.Describe(schema, message.Role, service))));
        return new JsonTreeObject()
            .Add("name", schema.Name)
            .Add("title", Title(schema))
            .Add("contentType", WireHeaders.JsonContentType)
            .Add("headers", Headers(message))
            .Add("payload", payload);
    }

    // What a writer always sends is required of what it publishes; a reader needs only what it refuses messages without.
    private static JsonTreeObject Headers(ManifestMessage message)
    {
        var schema = message.Schema;
        var writes = message.Role != MessageRole.Consumes;
        var properties = new JsonTreeObject();
        foreach (var header in WireHeaders.All)
        {
            var value = new JsonTreeObject().Add("type", "string");
            var constant = header.Name switch
            {
                WireHeaders.MessageName => schema.Name,
                WireHeaders.MessageVersion => schema.Version.ToString(CultureInfo.InvariantCulture),
                WireHeaders.ContentType => WireHeaders.JsonContentType,
                WireHeaders.SchemaFingerprint when writes => SchemaFingerprint.Of(schema),
                _ => null,
            };
            value = constant is not null ? value.Add("const", constant) : header.Pattern is { } pattern ? value.Add("pattern", pattern) : value.AddNumber("minLength", "1");
            properties.Add(header.Name, value.Add("description", header.Description));
        }

        var required = WireHeaders.All.Where(h => writes ? h.AlwaysSent : h.ReaderRequires).Select(h => h.Name);
        return new JsonTreeObject()
            .Add("type", "object")
            .Add("description", "AMQP headers (every value a string). Other headers may be present.")
            .Add("properties", properties)
            .Add("required", JsonTree.Strings(required));
    }

    // AsyncAPI's Schema Object allows x- extensions (JSON Schema under ajv's strict mode does not): the fallback is said
    // there in a form an importer reads back (docs/import.md), beside the sentence for people.
    private static JsonTreeObject Enum(EnumSchema type, string? reader)
        => JsonSchemaWriter.Enum(type, reader).AddIf("x-contracts-fallback", reader is null ? null : type.Fallback);

    private static string Title(ContractSchema schema) => schema.Name + " v" + schema.Version.ToString(CultureInfo.InvariantCulture);
}
