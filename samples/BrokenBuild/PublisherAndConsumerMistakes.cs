using Contracts;

namespace BrokenBuild;

/// <summary>A valid message, so the mistakes below are only about publishers and consumers.</summary>
[Message("broken.valid")]
public partial record Valid(Guid Id);

/// <summary>Not a message: no [Message] attribute.</summary>
public partial record Plain(Guid Id);

// CTR0006: only messages can be consumed; Plain has no name or version on the wire.
public sealed class ConsumesPlain : IConsumer<Plain>
{
    public ValueTask ConsumeAsync(Plain message, MessageContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

// CTR0007: only messages can be published.
[Publishes<Plain>]
public partial class PublishesPlain;

// CTR0009: a publisher must be partial so that its PublishAsync methods can be generated.
[Publishes<Valid>]
public class NotPartialPublisher;

// CTR0016: the generated constructor takes the MessageSender; a publisher of its own constructor would hide it.
[Publishes<Valid>]
public partial class PublisherWithConstructor
{
    public PublisherWithConstructor(string topic) => Topic = topic;

    public string Topic { get; }
}

// CTR0017 (a warning): the same message declared twice on one publisher.
[Publishes<Valid>]
[Publishes<Valid>]
public partial class PublishesTwice;
