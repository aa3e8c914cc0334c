using System.Collections.Generic;
using System.Linq;
using Contracts.Import.Source;
using Contracts.Schema;

namespace Contracts.Import.AsyncApi;

/// <summary>
/// AsyncAPI 3.0: each operation is <c>send</c> (the service publishes) or <c>receive</c> (it consumes) on a channel,
/// for the messages it lists (all of the channel's when it lists none). Messages on no operation are not the
/// service's to check and are left out.
/// </summary>
internal static class AsyncApi3
{
    public static void Read(Node root, SourceFiles files, References references, ImportedMessages messages)
    {
        foreach (var (id, _, operation) in root["operations"]?.Entries ?? [])
        {
            var action = operation["action"]?.String;
            MessageRole? role = action switch { "send" => MessageRole.Publishes, "receive" => MessageRole.Consumes, _ => null };
            if (role is null)
            {
                files.Error((operation["action"] ?? operation).Error("operation \"" + id + "\" needs \"action\": \"send\" or \"receive\""));
                continue;
            }

            if (AsyncApiMessages.Follow(operation["channel"], references, files, "operation \"" + id + "\" needs \"channel\": {\"$ref\": ...}", operation) is not { } channel)
            {
                continue;
            }

            var address = channel["address"]?.String;
            var listed = operation["messages"]?.Items.ToList() ?? channel["messages"]?.Entries.Select(e => e.Value).ToList() ?? new List<Node>();
            foreach (var item in listed)
            {
                if (AsyncApiMessages.Follow(item, references, files, "a message must be an object", item) is { } message)
                {
                    AsyncApiMessages.Add(message, address, role.Value, references, files, messages);
                }
            }
        }
    }
}
