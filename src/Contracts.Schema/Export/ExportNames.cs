using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Contracts.Schema.Export;

/// <summary>
/// The names exported documents give to messages and types. Routing keys and file names are the RabbitMQ transport's
/// spelling of a message's identity; identifiers are made from it for the languages that need one.
/// </summary>
public static class ExportNames
{
    /// <summary>The routing key and channel address of a message version: <c>orders.order-placed.v1</c> (as the RabbitMQ transport's topology).</summary>
    public static string RoutingKey(string name, int version) => name + ".v" + version.ToString(CultureInfo.InvariantCulture);

    /// <summary>The file a message version's JSON Schema is written to, relative to the export folder.</summary>
    public static string JsonSchemaFile(string name, int version) => "json-schema/" + RoutingKey(name, version) + ".schema.json";

    /// <summary>The service's AsyncAPI document, relative to the export folder.</summary>
    public static string AsyncApiFile(string service) => FileName(service) + ".asyncapi.json";

    /// <summary>The service's TypeScript module, relative to the export folder.</summary>
    public static string TypeScriptFile(string service) => FileName(service) + ".ts";

    /// <summary>
    /// A PascalCase identifier from a name's letters and digits: <c>orders.order-placed</c> and 1 give
    /// <c>OrdersOrderPlacedV1</c>; anything that is not a letter or digit separates words. Never empty, never
    /// starting with a digit.
    /// </summary>
    internal static string Pascal(string text)
    {
        var result = new StringBuilder(text.Length);
        var upper = true;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            result.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        if (result.Length == 0 || char.IsDigit(result[0]))
        {
            result.Insert(0, '_');
        }

        return result.ToString();
    }

    /// <summary>A message version's identifier: <c>OrdersOrderPlacedV1</c>.</summary>
    internal static string Message(string name, int version) => Pascal(name) + "V" + version.ToString(CultureInfo.InvariantCulture);

    // Service names are free text: keep what every file system takes, and say nothing else.
    private static string FileName(string service)
    {
        var result = new StringBuilder(service.Length);
        foreach (var c in service)
        {
            result.Append(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        return result.Length == 0 || result[0] == '.' ? "_" + result : result.ToString();
    }
}

/// <summary>
/// Hands out names that are unique within one document, in the order they are asked for: the first claim of a name
/// gets it, later ones get <c>name_2</c>, <c>name_3</c>… Callers claim in a sorted order, so the result is deterministic.
/// </summary>
internal sealed class UniqueNames
{
    private readonly HashSet<string> _taken;

    public UniqueNames(IEnumerable<string>? reserved = null, StringComparer? comparer = null)
        => _taken = new HashSet<string>(reserved ?? Array.Empty<string>(), comparer ?? StringComparer.Ordinal);

    public string Claim(string preferred)
    {
        var name = preferred;
        for (var i = 2; !_taken.Add(name); i++)
        {
            name = preferred + "_" + i.ToString(CultureInfo.InvariantCulture);
        }

        return name;
    }
}
