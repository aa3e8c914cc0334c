using System;
using System.Threading;
using System.Threading.Tasks;
using Contracts.Hosting;
using Npgsql;
using NpgsqlTypes;

namespace Contracts.PostgreSql;

/// <summary>Writes one message into the outbox table, inside the caller's transaction.</summary>
internal static class OutboxWriter
{
    /// <exception cref="ArgumentException">The message has no valid name, version or id header: it could never be routed.</exception>
    public static async ValueTask InsertAsync(NpgsqlTransaction transaction, OutboxSql sql, TransportMessage message, CancellationToken cancellationToken)
    {
        // Checked before writing: a row the relay can never publish would only be found later, far from its cause.
        var key = Envelope.RouteKey(message);

        if (!message.Headers.TryGetValue(EnvelopeHeaders.MessageId, out var id) || string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException($"The message has no '{EnvelopeHeaders.MessageId}' header.", nameof(message));
        }

        await using var command = new NpgsqlCommand(sql.Insert, transaction.Connection, transaction)
        {
            Parameters =
            {
                new NpgsqlParameter<string> { TypedValue = id },
                new NpgsqlParameter<string> { TypedValue = key.Name },
                new NpgsqlParameter<int> { TypedValue = key.Version },
                new NpgsqlParameter<string> { TypedValue = HeadersJson.Write(message.Headers), NpgsqlDbType = NpgsqlDbType.Jsonb },
                new NpgsqlParameter<ReadOnlyMemory<byte>> { TypedValue = message.Body, NpgsqlDbType = NpgsqlDbType.Bytea },
            },
        };
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
