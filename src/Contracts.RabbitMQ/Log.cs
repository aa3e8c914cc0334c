using System;
using Microsoft.Extensions.Logging;

namespace Contracts.RabbitMQ;

/// <summary>The transport's log messages, source-generated so logging allocates nothing when the level is off.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "RabbitMQ connection attempt failed; retrying")]
    public static partial void ConnectFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "RabbitMQ connection {Connection} lost: {Reason}")]
    public static partial void ConnectionLost(ILogger logger, string connection, string reason);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "RabbitMQ connection {Connection} recovered; topology re-declared")]
    public static partial void ConnectionRecovered(ILogger logger, string connection);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Publish of message {MessageId} failed; retrying until the broker is back")]
    public static partial void PublishRetrying(ILogger logger, Exception exception, string messageId);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning, Message = "Message {MessageId} on queue {Queue} could not be settled; the broker will redeliver it")]
    public static partial void SettleFailed(ILogger logger, Exception exception, string messageId, string queue);

    [LoggerMessage(EventId = 106, Level = LogLevel.Error, Message = "Message {MessageId} on queue {Queue} dead-lettered: {Reason}")]
    public static partial void DeadLettered(ILogger logger, string messageId, string queue, string reason);
}
