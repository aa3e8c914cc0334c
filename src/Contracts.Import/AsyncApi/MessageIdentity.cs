using System.Globalization;
using System.Text.RegularExpressions;
using Contracts.Import.Source;
using Contracts.Schema.Export;

namespace Contracts.Import.AsyncApi;

/// <summary>
/// Which Contracts message an AsyncAPI message is (docs/import.md, "Identity"), first match wins:
/// <list type="number">
/// <item><c>x-contracts-message: {name, version}</c> on the message (version defaults to 1, as in <c>[Message]</c>);</item>
/// <item>the <c>const</c> values of the envelope headers <c>contracts-message</c> and <c>contracts-version</c> (what the exporter writes);</item>
/// <item>the channel address in the RabbitMQ transport's routing-key form <c>name.vN</c>.</item>
/// </list>
/// A message none of these names is an error: guessing an identity would check the wrong contract.
/// </summary>
internal static class MessageIdentity
{
    private static readonly Regex RoutingKey = new(@"^(?<name>.+)\.v(?<version>[1-9][0-9]{0,8})$", RegexOptions.CultureInvariant);

    public static (string Name, int Version)? Of(Node message, string? address, References references, SourceFiles files)
    {
        if (message["x-contracts-message"] is { } extension)
        {
            var name = extension["name"]?.String;
            var version = extension["version"] is { } v ? v.Number : 1;
            if (name is { Length: > 0 } && version is >= 1 and <= int.MaxValue && version == decimal.Truncate(version.Value))
            {
                return (name, (int)version.Value);
            }

            files.Error(extension.Error("\"x-contracts-message\" needs \"name\" (a string) and \"version\" (an integer of 1 or more)"));
            return null;
        }

        if (FromHeaders(message, references) is { } fromHeaders)
        {
            return fromHeaders;
        }

        if (address is not null && RoutingKey.Match(address) is { Success: true } match)
        {
            return (match.Groups["name"].Value, int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture));
        }

        files.Error(message.Error("cannot tell which message this is: add \"x-contracts-message\": {\"name\": ..., \"version\": ...} to it, "
            + "or use a channel address of the form name.vN (the RabbitMQ transport's routing key)"
            + (address is null ? string.Empty : "; the address is \"" + address + "\"")));
        return null;
    }

    private static (string, int)? FromHeaders(Node message, References references)
    {
        var headers = message["headers"];
        if (headers?["$ref"] is { } reference)
        {
            headers = references.Resolve(reference)?.Node;
        }

        var properties = headers?["properties"];
        var name = properties?[WireHeaders.MessageName]?["const"]?.String;
        var version = properties?[WireHeaders.MessageVersion]?["const"]?.String;
        return name is not null && int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1
            ? (name, number)
            : null;
    }
}
