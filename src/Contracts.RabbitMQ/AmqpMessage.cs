using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using RabbitMQ.Client;

namespace Contracts.RabbitMQ;

/// <summary>
/// Maps a <see cref="TransportMessage"/> to AMQP and back. Envelope headers travel as AMQP headers (strings), and the
/// message id and content type are also set as AMQP properties so broker tools and non-Contracts consumers see them.
/// </summary>
internal static class AmqpMessage
{
    public static BasicProperties Properties(IReadOnlyDictionary<string, string> headers)
    {
        var table = new Dictionary<string, object?>(headers.Count, StringComparer.Ordinal);
        foreach (var (name, value) in headers)
        {
            table[name] = value;
        }

        return new BasicProperties
        {
            // Persistent: a confirmed message is on disk, so it survives a broker restart.
            DeliveryMode = DeliveryModes.Persistent,
            MessageId = headers.TryGetValue(EnvelopeHeaders.MessageId, out var id) ? id : null,
            ContentType = headers.TryGetValue(EnvelopeHeaders.ContentType, out var type) ? type : null,
            AppId = headers.TryGetValue(EnvelopeHeaders.Producer, out var producer) ? producer : null,
            Headers = table,
        };
    }

    /// <summary>
    /// Reads the headers of a delivery. Strings arrive as UTF-8 bytes; other scalars are formatted invariantly so the
    /// envelope checks see the value instead of failing here. Headers starting with <c>x-</c> belong to the broker and
    /// client (x-death, publish sequence numbers) and are left out.
    /// </summary>
    public static Dictionary<string, string> Headers(IReadOnlyBasicProperties properties)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (properties.Headers is { } table)
        {
            foreach (var (name, value) in table)
            {
                if (!name.StartsWith("x-", StringComparison.Ordinal) && value is not null)
                {
                    headers[name] = Text(value);
                }
            }
        }

        // A message published by a plain AMQP client may carry these only as properties.
        if (!headers.ContainsKey(EnvelopeHeaders.MessageId) && properties.MessageId is { Length: > 0 } id)
        {
            headers[EnvelopeHeaders.MessageId] = id;
        }

        if (!headers.ContainsKey(EnvelopeHeaders.ContentType) && properties.ContentType is { Length: > 0 } type)
        {
            headers[EnvelopeHeaders.ContentType] = type;
        }

        if (!headers.ContainsKey(EnvelopeHeaders.Producer) && properties.AppId is { Length: > 0 } producer)
        {
            headers[EnvelopeHeaders.Producer] = producer;
        }

        return headers;
    }

    /// <summary>The redelivery count the transport itself wrote; a missing or unreadable one means a first delivery.</summary>
    public static int RedeliveryCount(IReadOnlyDictionary<string, string> headers)
        => headers.TryGetValue(RabbitMqHeaders.RedeliveryCount, out var text)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : 0;

    /// <summary>The quorum queue's count of earlier unsettled deliveries of this copy (<c>x-delivery-count</c>); 0 when absent.</summary>
    public static int BrokerDeliveryCount(IReadOnlyBasicProperties properties)
        => properties.Headers is { } table && table.TryGetValue(RabbitMqHeaders.BrokerDeliveryCount, out var value)
            ? value switch
            {
                int count => Math.Max(count, 0),
                long count => (int)Math.Clamp(count, 0, int.MaxValue),
                _ => 0,
            }
            : 0;

    private static string Text(object value) => value switch
    {
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        string text => text,
        AmqpTimestamp timestamp => timestamp.UnixTime.ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
