using Contracts.Import.Source;
using Contracts.Schema;

namespace Contracts.Import.AsyncApi;

/// <summary>What AsyncAPI 2 and 3 read alike: chains of <c>$ref</c>s, a message's identity and its payload.</summary>
internal static class AsyncApiMessages
{
    /// <summary>Adds one message node (AsyncAPI 2 or 3) under its identity.</summary>
    internal static void Add(Node message, string? address, MessageRole role, References references, SourceFiles files, ImportedMessages messages)
    {
        if (MessageIdentity.Of(message, address, references, files) is not { } identity)
        {
            return;
        }

        if (Payload(message, files) is { } payload)
        {
            messages.Add(identity.Name, identity.Version, role, payload, message);
        }
    }

    /// <summary>The node behind a chain of <c>$ref</c>s (a channel's message entry points at a component, which may point further).</summary>
    internal static Node? Follow(Node? node, References references, SourceFiles files, string missing, Node at)
    {
        if (node is not { IsMapping: true } current)
        {
            files.Error((node ?? at).Error(missing));
            return null;
        }

        for (var depth = 0; current["$ref"] is { } reference; depth++)
        {
            if (depth == 32 || references.Resolve(reference) is not { } target)
            {
                if (depth == 32)
                {
                    files.Error(reference.Error("\"$ref\" chain longer than 32 (a cycle?)"));
                }

                return null;
            }

            current = target.Node;
        }

        return current;
    }

    // A payload is a schema, or (3.0) a multi-format schema whose format must be JSON Schema or AsyncAPI's own.
    private static Node? Payload(Node message, SourceFiles files)
    {
        if (message["payload"] is not { } payload)
        {
            files.Error(message.Error("the message has no \"payload\""));
            return null;
        }

        var format = (payload["schemaFormat"] ?? message["schemaFormat"])?.String;
        if (format is not null && !IsJsonSchema(format))
        {
            files.Error((payload["schemaFormat"] ?? message["schemaFormat"])!.Value.Error("\"schemaFormat\": \"" + format + "\" is not supported: payloads must be JSON Schema (or AsyncAPI's Schema Object)"));
            return null;
        }

        return payload["schemaFormat"] is not null && payload["schema"] is { } inner ? inner : payload;
    }

    private static bool IsJsonSchema(string format)
        => format.StartsWith("application/vnd.aai.asyncapi", System.StringComparison.Ordinal)
            || format.StartsWith("application/schema+json", System.StringComparison.Ordinal)
            || format.StartsWith("application/schema+yaml", System.StringComparison.Ordinal);
}
