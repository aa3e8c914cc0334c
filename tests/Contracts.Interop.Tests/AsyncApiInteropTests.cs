using System.Text.Json;
using Contracts.Schema.Export;
using Contracts.Serialization;

namespace Contracts.Interop.Tests;

/// <summary>
/// @asyncapi/parser 3 parses every exported AsyncAPI document with no error, and its model names the RabbitMQ
/// transport's real exchange, routing keys and envelope headers; a body and headers as the .NET publisher sends them
/// validate against the document's message.
/// </summary>
public sealed class AsyncApiInteropTests
{
    [SkippableFact]
    public async Task Every_document_parses_with_no_error_and_names_the_real_topology()
    {
        Node.Require();
        var exports = Exports.All.ToList();
        var paths = exports.SelectMany(e => e.Paths(ExportNames.AsyncApiFile(e.Service))).ToList();

        var documents = (await Node.RunAsync("asyncapi.mjs", new { documents = paths, messages = Array.Empty<object>() })).GetProperty("documents");

        Assert.Equal(exports.Count, documents.GetArrayLength());
        foreach (var (export, document) in exports.Zip(documents.EnumerateArray()))
        {
            var errors = document.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("severity").GetString() == "error").Select(d => d.ToString());
            Assert.Equal(Array.Empty<string>(), errors);
            var manifest = Exports.Manifest(LockOf(export));
            var exchange = export == Exports.Own ? "contracts" : "shop";
            var channels = document.GetProperty("channels").EnumerateArray().ToList();
            Assert.Equal(
                manifest.Messages.Select(m => ExportNames.RoutingKey(m.Schema.Name, m.Schema.Version)).Order(StringComparer.Ordinal),
                channels.Select(c => c.GetProperty("address").GetString()).Order(StringComparer.Ordinal));
            Assert.All(channels, c => Assert.Equal(exchange, c.GetProperty("exchange").GetProperty("name").GetString()));
            Assert.All(document.GetProperty("messages").EnumerateArray(), m => Assert.Subset(
                m.GetProperty("headers").EnumerateArray().Select(h => h.GetString()!).ToHashSet(),
                new HashSet<string> { EnvelopeHeaders.MessageName, EnvelopeHeaders.MessageVersion, EnvelopeHeaders.MessageId, EnvelopeHeaders.SchemaFingerprint, EnvelopeHeaders.TraceParent }));
        }
    }

    [SkippableFact]
    public async Task A_body_and_headers_as_the_dotnet_publisher_sends_them_validate_against_the_documents_message()
    {
        Node.Require();
        var document = Exports.Own.Full(ExportNames.AsyncApiFile("interop"));
        var headers = new Dictionary<string, string>
        {
            [EnvelopeHeaders.MessageName] = "interop.every-type",
            [EnvelopeHeaders.MessageVersion] = "1",
            [EnvelopeHeaders.MessageId] = Guid.NewGuid().ToString("N"),
            [EnvelopeHeaders.ContentType] = EnvelopeHeaders.JsonContentType,
            [EnvelopeHeaders.SchemaFingerprint] = Descriptor<EveryType>().Fingerprint,
        };
        var wrongFingerprint = new Dictionary<string, string>(headers) { [EnvelopeHeaders.SchemaFingerprint] = "0000000000000000" };
        var messages = new[]
        {
            new { routingKey = "interop.every-type.v1", headers, body = Bodies.Write(Bodies.Typical()) },
            new { routingKey = "interop.every-type.v1", headers = wrongFingerprint, body = Bodies.Write(Bodies.Typical()) },
        };

        var result = (await Node.RunAsync("asyncapi.mjs", new { documents = new[] { document }, messages })).GetProperty("documents")[0];

        var validations = result.GetProperty("validations");
        Assert.True(validations[0].GetProperty("payload").GetProperty("valid").GetBoolean(), validations[0].ToString());
        Assert.True(validations[0].GetProperty("headers").GetProperty("valid").GetBoolean(), validations[0].ToString());
        Assert.False(validations[1].GetProperty("headers").GetProperty("valid").GetBoolean(), "a fingerprint the producer does not send passed");
    }

    private static MessageDescriptor Descriptor<T>() where T : IMessage<T> => T.ContractDescriptor;

    private static string LockOf(ServiceExport export) => export == Exports.Own
        ? Path.Combine(Repository.Root, "tests", "Contracts.Interop.Tests", "contracts.lock.json")
        : Path.Combine(Repository.Root, "samples", "Shop", char.ToUpperInvariant(export.Service[0]) + export.Service[1..], "contracts.lock.json");
}
