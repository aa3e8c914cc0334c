using System;
using Microsoft.Extensions.Logging;

namespace Contracts.Hosting;

/// <summary>The runtime's log messages, source-generated so logging allocates nothing when the level is off.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Endpoint {Endpoint} subscribed to {MessageCount} message(s)")]
    public static partial void Subscribed(ILogger logger, string endpoint, int messageCount);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Message {MessageId} on endpoint {Endpoint} has an invalid envelope and will be dead-lettered")]
    public static partial void InvalidEnvelope(ILogger logger, Exception exception, string messageId, string endpoint);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Message {MessageId} ({MessageKey}) on endpoint {Endpoint} cannot be handled and will be dead-lettered")]
    public static partial void Unhandleable(ILogger logger, Exception exception, string messageId, MessageKey messageKey, string endpoint);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Message {MessageKey} with schema {Fingerprint} from producer {Producer} on endpoint {Endpoint} was not checked against this service at build time (checked: [{Checked}]); mode {Mode}. Logged once per schema and producer")]
    public static partial void UncheckedSchema(ILogger logger, MessageKey messageKey, string fingerprint, string producer, string endpoint, string @checked, Drift.SchemaDriftMode mode);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Message {MessageId} ({MessageKey}) failed on endpoint {Endpoint} (redelivery {RedeliveryCount})")]
    public static partial void ConsumerFailed(ILogger logger, Exception exception, string messageId, MessageKey messageKey, string endpoint, int redeliveryCount);
}
