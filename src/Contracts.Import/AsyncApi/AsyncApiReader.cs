using System;
using System.Globalization;
using Contracts.Import.Source;
using Contracts.Schema.Manifest;

namespace Contracts.Import.AsyncApi;

/// <summary>
/// An AsyncAPI document as a manifest: the version decides how operations are read (<see cref="AsyncApi3"/>,
/// <see cref="AsyncApi2"/>); the service and its language come from <c>info</c>.
/// </summary>
internal static class AsyncApiReader
{
    /// <summary>The language of a document that does not say (<c>info.x-contracts-language</c>): see docs/import.md.</summary>
    public const string DefaultLanguage = "unknown";

    public static ContractManifest? Read(Node root, SourceFiles files)
    {
        var versionNode = root["asyncapi"]!.Value;
        var version = versionNode.String ?? versionNode.Text ?? string.Empty;
        var references = new References(files);
        // The exporter qualifies a component key with its message's routing key when two shapes share a name.
        var messages = new ImportedMessages(files, references, name => name.Substring(name.LastIndexOf('.') + 1));
        if (version.StartsWith("3.0.", StringComparison.Ordinal))
        {
            AsyncApi3.Read(root, files, references, messages);
        }
        else if (IsTwoPointSix(version))
        {
            AsyncApi2.Read(root, files, references, messages);
        }
        else
        {
            files.Error(versionNode.Error("AsyncAPI " + version + " is not supported: this importer reads 2.0 to 2.6 and 3.0"
                + (version.StartsWith("3.", StringComparison.Ordinal)
                    ? " (it has not been checked against the changes of " + version + "; declare the document as 3.0.0 if it uses nothing newer)"
                    : string.Empty)));
            return null;
        }

        var info = root["info"];
        var service = info?["x-contracts-service"]?.String ?? info?["title"]?.String;
        if (service is not { Length: > 0 })
        {
            files.Error((info ?? root).Error("the document names no service: give it \"info\": {\"title\": ...} (or \"x-contracts-service\")"));
            return null;
        }

        var language = info?["x-contracts-language"]?.String ?? DefaultLanguage;
        return files.Errors.Count == 0 ? messages.Manifest(service, language.ToLowerInvariant()) : null;
    }

    private static bool IsTwoPointSix(string version)
    {
        var parts = version.Split('.');
        return parts.Length == 3 && parts[0] == "2" && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor) && minor <= 6;
    }
}
