using Contracts.Generator.Specs;

namespace Contracts.Generator.Emitting;

/// <summary>Emits a publisher's constructor and one typed <c>PublishAsync</c> pair per declared message, nothing more.</summary>
internal static class PublisherEmitter
{
    private const string Sender = "global::Contracts.MessageSender";

    public static string Emit(PublisherSpec spec)
    {
        var writer = FileHeader.Start();
        using (FileHeader.OpenType(writer, spec.Declaration))
        {
            writer.Line($"private readonly {Sender} __contractsSender;");
            writer.Line();
            writer.Line("/// <summary>Creates the publisher. Resolve it from dependency injection (registered by <c>AddContracts()</c>).</summary>");
            writer.Line("/// <param name=\"sender\">Serializes and hands messages to the configured transport.</param>");
            using (writer.Block($"public {spec.Declaration.Name}({Sender} sender)"))
            {
                writer.Line("__contractsSender = sender ?? throw new global::System.ArgumentNullException(nameof(sender));");
            }

            foreach (var message in spec.Messages)
            {
                var description = $"<c>{Escape(message.Name)}</c> version {message.Version}";
                writer.Line();
                writer.Line($"/// <summary>Publishes {description}; completes when the transport has accepted it.</summary>");
                writer.Line("/// <param name=\"message\">The message to send.</param>");
                writer.Line("/// <param name=\"cancellationToken\">Cancels waiting for the transport.</param>");
                writer.Line($"public {KnownNames.ValueTask} PublishAsync({message.TypeName} message, {KnownNames.CancellationToken} cancellationToken = default)");
                writer.Line("    => __contractsSender.SendAsync(message, null, cancellationToken);");
                writer.Line();
                writer.Line($"/// <summary>Publishes {description} with a message id or extra headers.</summary>");
                writer.Line("/// <param name=\"message\">The message to send.</param>");
                writer.Line("/// <param name=\"options\">Message id and extra headers.</param>");
                writer.Line("/// <param name=\"cancellationToken\">Cancels waiting for the transport.</param>");
                writer.Line($"public {KnownNames.ValueTask} PublishAsync({message.TypeName} message, global::Contracts.PublishOptions options, {KnownNames.CancellationToken} cancellationToken = default)");
                writer.Line("    => __contractsSender.SendAsync(message, options, cancellationToken);");
            }
        }

        return writer.ToString();
    }

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
