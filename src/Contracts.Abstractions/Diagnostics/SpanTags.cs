using System;
using System.Diagnostics;

namespace Contracts.Diagnostics;

/// <summary>The attributes of publish and process spans, per OpenTelemetry's messaging conventions; one place for both sides.</summary>
internal static class SpanTags
{
    public static void Publish(Activity activity, string system, MessageKey key, TransportMessage message)
    {
        Common(activity, system, "send", "publish", key, message);
    }

    public static void Process(Activity activity, string system, string endpoint, MessageContext context, TransportMessage message)
    {
        Common(activity, system, "process", "process", context.Key, message);
        activity.SetTag(MessagingAttributes.ConsumerGroup, endpoint);
    }

    public static void Failed(Activity? activity, Exception exception)
    {
        if (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, exception.Message);
            activity.SetTag(MessagingAttributes.ErrorType, exception.GetType().FullName);
        }
    }

    private static void Common(Activity activity, string system, string type, string operation, MessageKey key, TransportMessage message)
    {
        activity.SetTag(MessagingAttributes.System, system);
        activity.SetTag(MessagingAttributes.OperationType, type);
        activity.SetTag(MessagingAttributes.OperationName, operation);
        activity.SetTag(MessagingAttributes.DestinationName, key.Name);
        activity.SetTag(MessagingAttributes.MessageVersion, key.Version);
        if (message.Headers.TryGetValue(EnvelopeHeaders.MessageId, out var id))
        {
            activity.SetTag(MessagingAttributes.MessageId, id);
        }

        activity.SetTag(MessagingAttributes.BodySize, message.Body.Length);
    }
}
