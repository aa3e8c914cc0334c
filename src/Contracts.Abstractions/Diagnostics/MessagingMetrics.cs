using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Contracts.Diagnostics;

/// <summary>
/// The instruments on <see cref="ContractsTelemetry.Meter"/>. Names follow OpenTelemetry's messaging conventions where
/// they define the measurement (<c>messaging.client.sent.messages</c>, <c>messaging.client.operation.duration</c>,
/// <c>messaging.client.consumed.messages</c>, <c>messaging.process.duration</c>) and their style in the
/// <c>contracts.</c> namespace where they do not. The runtime and transports record; applications only read.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class MessagingMetrics
{
    /// <summary>Messages published, by system and destination; a failed publish carries <c>error.type</c>.</summary>
    public const string SentName = "messaging.client.sent.messages";

    /// <summary>Publish duration in seconds, from the call until the transport accepted it (a broker: its confirm).</summary>
    public const string PublishDurationName = "messaging.client.operation.duration";

    /// <summary>Deliveries handed to a service's consumers.</summary>
    public const string ConsumedName = "messaging.client.consumed.messages";

    /// <summary>Handler duration in seconds; a failed one carries <c>error.type</c>.</summary>
    public const string ProcessDurationName = "messaging.process.duration";

    /// <summary>Deliveries whose handler threw.</summary>
    public const string FailedName = "contracts.messaging.failed.messages";

    /// <summary>Failed deliveries the transport will deliver again.</summary>
    public const string RetriedName = "contracts.messaging.retried.messages";

    /// <summary>Messages dead-lettered, with <c>contracts.dead_letter.reason</c>.</summary>
    public const string DeadLetteredName = "contracts.messaging.dead_lettered.messages";

    /// <summary>Handlers running now.</summary>
    public const string ActiveName = "contracts.messaging.process.active";

    /// <summary>Published messages waiting for the broker's confirm now (pipelined publishes).</summary>
    public const string ConfirmsPendingName = "contracts.messaging.publish.pending";

    /// <summary>Messages whose writer's schema the consumer's build never checked (see <c>Subscription.CheckedSchemas</c>).</summary>
    public const string UncheckedSchemaName = "contracts.messaging.unchecked_schema.messages";

    private static readonly Counter<long> Sent = ContractsTelemetry.Meter.CreateCounter<long>(SentName, "{message}", "Messages published.");
    private static readonly Histogram<double> PublishDuration = ContractsTelemetry.Meter.CreateHistogram<double>(PublishDurationName, "s", "Duration of publish operations.");
    private static readonly Counter<long> Consumed = ContractsTelemetry.Meter.CreateCounter<long>(ConsumedName, "{message}", "Messages delivered to consumers.");
    private static readonly Histogram<double> ProcessDuration = ContractsTelemetry.Meter.CreateHistogram<double>(ProcessDurationName, "s", "Duration of message handling.");
    private static readonly Counter<long> Failed = ContractsTelemetry.Meter.CreateCounter<long>(FailedName, "{message}", "Deliveries whose handler threw.");
    private static readonly Counter<long> Retried = ContractsTelemetry.Meter.CreateCounter<long>(RetriedName, "{message}", "Failed deliveries scheduled again.");
    private static readonly Counter<long> DeadLettered = ContractsTelemetry.Meter.CreateCounter<long>(DeadLetteredName, "{message}", "Messages dead-lettered.");
    private static readonly UpDownCounter<long> Active = ContractsTelemetry.Meter.CreateUpDownCounter<long>(ActiveName, "{message}", "Handlers running.");
    private static readonly UpDownCounter<long> ConfirmsPending = ContractsTelemetry.Meter.CreateUpDownCounter<long>(ConfirmsPendingName, "{message}", "Published messages awaiting a confirm.");
    private static readonly Counter<long> Unchecked = ContractsTelemetry.Meter.CreateCounter<long>(UncheckedSchemaName, "{message}", "Messages from a schema the build did not check.");

    /// <summary>True when a listener reads the publish instruments, so the sender should time publishes.</summary>
    public static bool PublishObserved => Sent.Enabled || PublishDuration.Enabled;

    /// <summary>True when a listener reads the consume-side instruments, so the runtime should time handlers.</summary>
    public static bool ProcessObserved => Consumed.Enabled || Active.Enabled || ProcessDuration.Enabled || Failed.Enabled;

    /// <summary>Records a publish that completed (<paramref name="error"/> null) or failed.</summary>
    public static void Published(string system, MessageKey key, long startTimestamp, Exception? error)
    {
        if (!PublishObserved)
        {
            return;
        }

        var tags = Tags(system, "publish", key);
        tags.Add(MessagingAttributes.OperationType, "send");
        if (error is not null)
        {
            tags.Add(MessagingAttributes.ErrorType, error.GetType().FullName);
        }

        Sent.Add(1, tags);
        PublishDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, tags);
    }

    /// <summary>One more (+1) or one fewer (-1) published message awaits the broker's confirm.</summary>
    public static void ConfirmPending(string system, int change)
    {
        if (ConfirmsPending.Enabled)
        {
            ConfirmsPending.Add(change, new KeyValuePair<string, object?>(MessagingAttributes.System, system));
        }
    }

    /// <summary>A delivery reached a service's consumers: counts it and one more running handler.</summary>
    public static void HandlerStarted(string system, string endpoint, MessageKey key)
    {
        if (Consumed.Enabled || Active.Enabled)
        {
            var tags = ConsumerTags(system, endpoint, key);
            Consumed.Add(1, tags);
            Active.Add(1, tags);
        }
    }

    /// <summary>The handler of <see cref="HandlerStarted"/> ended, successfully when <paramref name="error"/> is null.</summary>
    public static void HandlerEnded(string system, string endpoint, MessageKey key, long startTimestamp, Exception? error)
    {
        if (!ProcessObserved)
        {
            return;
        }

        var tags = ConsumerTags(system, endpoint, key);
        Active.Add(-1, tags);
        if (error is not null)
        {
            tags.Add(MessagingAttributes.ErrorType, error.GetType().FullName);
            Failed.Add(1, tags);
        }

        ProcessDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, tags);
    }

    /// <summary>A failed delivery of <paramref name="headers"/>' message will be delivered again.</summary>
    public static void Retry(string system, string endpoint, IReadOnlyDictionary<string, string> headers)
    {
        if (Retried.Enabled)
        {
            Retried.Add(1, ConsumerTags(system, endpoint, KeyOf(headers)));
        }
    }

    /// <summary>The message of <paramref name="headers"/> was dead-lettered for <paramref name="reason"/>.</summary>
    public static void DeadLetter(string system, string endpoint, IReadOnlyDictionary<string, string> headers, DeadLetterKind reason)
    {
        if (DeadLettered.Enabled)
        {
            var tags = ConsumerTags(system, endpoint, KeyOf(headers));
            tags.Add(MessagingAttributes.DeadLetterReason, reason switch
            {
                DeadLetterKind.Permanent => "permanent",
                DeadLetterKind.RetriesExhausted => "retries_exhausted",
                DeadLetterKind.Unsettled => "unsettled",
                _ => "stopped",
            });
            DeadLettered.Add(1, tags);
        }
    }

    internal static void UncheckedSchema(string endpoint, MessageKey key, string fingerprint, string producer, string check)
    {
        if (Unchecked.Enabled)
        {
            var tags = new TagList
            {
                { MessagingAttributes.DestinationName, key.Name },
                { MessagingAttributes.MessageVersion, key.Version },
                { MessagingAttributes.ConsumerGroup, endpoint },
            };
            tags.Add(MessagingAttributes.SchemaFingerprint, fingerprint);
            tags.Add(MessagingAttributes.Producer, producer);
            tags.Add(MessagingAttributes.SchemaCheck, check);
            Unchecked.Add(1, tags);
        }
    }

    private static TagList ConsumerTags(string system, string endpoint, MessageKey key)
    {
        var tags = Tags(system, "process", key);
        tags.Add(MessagingAttributes.ConsumerGroup, endpoint);
        return tags;
    }

    private static TagList Tags(string system, string operation, MessageKey key) => new()
    {
        { MessagingAttributes.System, system },
        { MessagingAttributes.OperationName, operation },
        { MessagingAttributes.DestinationName, key.Name },
        { MessagingAttributes.MessageVersion, key.Version },
    };

    // A message too broken to name (bad envelope) is still counted, under the name it claims or none.
    private static MessageKey KeyOf(IReadOnlyDictionary<string, string> headers)
        => Hosting.Envelope.TryReadKey(headers, out var key) ? key : new MessageKey(headers.TryGetValue(EnvelopeHeaders.MessageName, out var name) ? name : "", 0);
}

/// <summary>Why a message was dead-lettered, as the <c>contracts.dead_letter.reason</c> attribute tells it.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum DeadLetterKind
{
    /// <summary>Delivering it again cannot succeed (unreadable, unknown, unchecked schema in strict mode).</summary>
    Permanent,

    /// <summary>Its handler failed on every allowed delivery.</summary>
    RetriesExhausted,

    /// <summary>Its deliveries kept ending without a settlement: the consumer's process died handling it.</summary>
    Unsettled,

    /// <summary>The endpoint stopped before delivering it (in-memory transport).</summary>
    Stopped,
}
