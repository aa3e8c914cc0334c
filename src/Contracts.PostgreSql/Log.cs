using System;
using Microsoft.Extensions.Logging;

namespace Contracts.PostgreSql;

/// <summary>The outbox's log messages, source-generated so logging allocates nothing when the level is off.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 201, Level = LogLevel.Information, Message = "Created outbox schema {Schema} at version {Version}")]
    public static partial void SchemaCreated(ILogger logger, string schema, int version);

    [LoggerMessage(EventId = 202, Level = LogLevel.Warning, Message = "Outbox relay of {Outbox} failed (attempt {Attempt} in a row); the messages wait in the outbox and will be retried")]
    public static partial void RelayFailed(ILogger logger, Exception exception, string outbox, int attempt);

    [LoggerMessage(EventId = 203, Level = LogLevel.Information, Message = "Outbox relay of {Outbox} publishes again after {Attempts} failed attempt(s)")]
    public static partial void RelayRecovered(ILogger logger, string outbox, int attempts);

    [LoggerMessage(EventId = 204, Level = LogLevel.Error, Message = "Message {MessageId} (row {Sequence} of {Outbox}) cannot be published and was marked failed: {Reason}")]
    public static partial void RowRejected(ILogger logger, string messageId, long sequence, string outbox, string reason);

    [LoggerMessage(EventId = 205, Level = LogLevel.Information, Message = "Purged {Count} inbox entries older than {Retention} from {Schema}.inbox")]
    public static partial void InboxPurged(ILogger logger, int count, TimeSpan retention, string schema);

    [LoggerMessage(EventId = 206, Level = LogLevel.Warning, Message = "Purging the inbox of {Schema} failed; trying again at the next interval")]
    public static partial void InboxPurgeFailed(ILogger logger, Exception exception, string schema);

    [LoggerMessage(EventId = 207, Level = LogLevel.Debug, Message = "Sampling the depth of the outbox in {Schema} failed; the gauges keep the last sample")]
    public static partial void DepthSampleFailed(ILogger logger, Exception exception, string schema);
}
