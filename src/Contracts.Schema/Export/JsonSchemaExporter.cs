using System;
using System.Collections.Generic;
using System.Globalization;
using Contracts.Schema.Export.Json;
using Contracts.Schema.Manifest;

namespace Contracts.Schema.Export;

/// <summary>
/// One JSON Schema 2020-12 document per message version: the body as the service writes it (a message it publishes)
/// or as it reads it (its own view of a message it consumes). ajv and other validators then accept what the .NET
/// writers produce and refuse what the .NET readers refuse, within what JSON Schema can say (docs/wire-format.md).
/// Readers skip members they do not know, so the documents allow more members than they list.
/// </summary>
public static class JsonSchemaExporter
{
    /// <summary>The dialect every document declares in <c>$schema</c>.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>
    /// The document's <c>$id</c>: <c>urn:contracts:orders.order-placed:v1</c> for the schema a service sends, and
    /// <c>urn:contracts:orders.order-placed:v1:read-by:billing</c> for the view of a service that only reads it, so
    /// that a validator can hold the producer's schema and each consumer's view at once.
    /// </summary>
    public static string Id(ContractSchema schema, MessageRole role, string service)
        => "urn:contracts:" + schema.Name + ":v" + schema.Version.ToString(CultureInfo.InvariantCulture)
            + (role == MessageRole.Consumes ? ":read-by:" + Uri.EscapeDataString(service) : string.Empty);

    /// <summary>The document of <paramref name="message"/> as <paramref name="service"/> has it.</summary>
    public static string Export(ManifestMessage message, string service)
    {
        var schema = message.Schema;
        var names = new UniqueNames();
        var objects = new Dictionary<string, string>(StringComparer.Ordinal);
        var enums = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in schema.Objects)
        {
            objects[type.Name] = names.Claim(type.Name);
        }

        foreach (var type in schema.Enums)
        {
            enums[type.Name] = names.Claim(type.Name);
        }

        var writer = new JsonSchemaWriter(type => type switch
        {
            ObjectTypeSchema o when objects.TryGetValue(o.Name, out var key) => JsonSchemaWriter.Pointer("$defs", key),
            EnumTypeSchema e when enums.TryGetValue(e.Name, out var key) => JsonSchemaWriter.Pointer("$defs", key),
            _ => null,
        });

        var document = new JsonTreeObject()
            .Add("$schema", Dialect)
            .Add("$id", Id(schema, message.Role, service))
            .Add("title", schema.Name + " v" + schema.Version.ToString(CultureInfo.InvariantCulture))
            .Add("description", Describe(schema, message.Role, service));
        foreach (var property in writer.Object(schema.Members).Properties)
        {
            document.Add(property.Key, property.Value);
        }

        var definitions = Definitions(schema, message.Role, service, writer, objects, enums);
        return JsonTreePrinter.Print(definitions.Properties.Count == 0 ? document : document.Add("$defs", definitions));
    }

    /// <summary>What the document is, in one sentence a reader of another language can act on.</summary>
    internal static string Describe(ContractSchema schema, MessageRole role, string service)
    {
        var what = "The body of message " + schema.Name + " version " + schema.Version.ToString(CultureInfo.InvariantCulture);
        return role switch
        {
            MessageRole.Consumes => what + " as service '" + service + "' reads it: what a producer must send it. Members it does not list are skipped.",
            MessageRole.Both => what + " as service '" + service + "' sends and reads it. Readers skip members they do not know.",
            _ => what + " as service '" + service + "' sends it. Readers skip members they do not know, so a newer producer may send more.",
        };
    }

    /// <summary>The service that reads with <paramref name="role"/>, for enum fallbacks; null when it only writes.</summary>
    internal static string? Reader(MessageRole role, string service) => role == MessageRole.Publishes ? null : service;

    private static JsonTreeObject Definitions(
        ContractSchema schema, MessageRole role, string service, JsonSchemaWriter writer, Dictionary<string, string> objects, Dictionary<string, string> enums)
    {
        var definitions = new List<KeyValuePair<string, JsonTreeObject>>();
        foreach (var type in schema.Objects)
        {
            definitions.Add(new(objects[type.Name], writer.Object(type.Members)));
        }

        foreach (var type in schema.Enums)
        {
            definitions.Add(new(enums[type.Name], JsonSchemaWriter.Enum(type, Reader(role, service))));
        }

        definitions.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var json = new JsonTreeObject();
        foreach (var definition in definitions)
        {
            json.Add(definition.Key, definition.Value);
        }

        return json;
    }
}
