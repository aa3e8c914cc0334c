using Contracts.Import.Source;
using Contracts.Schema;

namespace Contracts.Import.AsyncApi;

/// <summary>
/// AsyncAPI 2.x: operations sit on the channel and are named from the client's side, so <c>subscribe</c> means the
/// service PUBLISHES (others subscribe to it) and <c>publish</c> means it CONSUMES. An operation's <c>message</c> is
/// one message or <c>oneOf</c> several. The channel's key is its address.
/// </summary>
internal static class AsyncApi2
{
    public static void Read(Node root, SourceFiles files, References references, ImportedMessages messages)
    {
        foreach (var (address, _, channelNode) in root["channels"]?.Entries ?? [])
        {
            if (AsyncApiMessages.Follow(channelNode, references, files, "a channel must be an object", channelNode) is not { } channel)
            {
                continue;
            }

            Operation(channel["subscribe"], MessageRole.Publishes);
            Operation(channel["publish"], MessageRole.Consumes);

            void Operation(Node? operation, MessageRole role)
            {
                if (operation is not { } op)
                {
                    return;
                }

                var message = AsyncApiMessages.Follow(op["message"], references, files, "the operation needs a \"message\"", op);
                if (message is not { } found)
                {
                    return;
                }

                foreach (var item in found["oneOf"]?.Items ?? [found])
                {
                    if (AsyncApiMessages.Follow(item, references, files, "a message must be an object", item) is { } one)
                    {
                        AsyncApiMessages.Add(one, address, role, references, files, messages);
                    }
                }
            }
        }
    }
}
