namespace Contracts.PostgreSql;

/// <summary>
/// Every statement the outbox, relay and inbox run, written once per schema. Parameters are positional ($1, $2, ...),
/// which Npgsql sends without rewriting the text.
/// </summary>
internal sealed class OutboxSql
{
    public OutboxSql(string schema)
    {
        Schema = schema;
        Outbox = schema + ".outbox";
        Insert = $"INSERT INTO {Outbox} (message_id, message_name, message_version, headers, body) VALUES ($1, $2, $3, $4, $5)";

        // Failed rows stay for operators to look at, out of the relay's way.
        Claim = $"SELECT sequence, message_id, headers::text, body FROM {Outbox} WHERE failed_at IS NULL ORDER BY sequence LIMIT $1 FOR UPDATE SKIP LOCKED";
        Delete = $"DELETE FROM {Outbox} WHERE sequence = ANY($1)";
        RecordAttempt = $"UPDATE {Outbox} SET attempts = attempts + 1, last_error = $2 WHERE sequence = $1";
        MarkFailed = $"UPDATE {Outbox} SET attempts = attempts + 1, last_error = $2, failed_at = now() WHERE sequence = $1";
        Depth = $"SELECT count(*) FILTER (WHERE failed_at IS NULL), count(*) FILTER (WHERE failed_at IS NOT NULL), min(created_at) FILTER (WHERE failed_at IS NULL) FROM {Outbox}";
        InboxRecord = $"INSERT INTO {schema}.inbox (consumer, message_id) VALUES ($1, $2) ON CONFLICT DO NOTHING";
        InboxPurge = $"DELETE FROM {schema}.inbox WHERE handled_at < now() - $1";
        Tables = $"SELECT to_regclass('{schema}.schema_version') IS NOT NULL, to_regclass('{schema}.outbox') IS NOT NULL, to_regclass('{schema}.inbox') IS NOT NULL";
        Version = $"SELECT max(version) FROM {schema}.schema_version";
        RelayLockKey = LockKey("contracts.outbox.relay:" + schema);
        SchemaLockKey = LockKey("contracts.outbox.schema:" + schema);
    }

    public string Schema { get; }

    public string Outbox { get; }

    public string Insert { get; }

    public string Claim { get; }

    public string Delete { get; }

    public string RecordAttempt { get; }

    public string MarkFailed { get; }

    public string Depth { get; }

    public string InboxRecord { get; }

    public string InboxPurge { get; }

    public string Tables { get; }

    public string Version { get; }

    /// <summary>The advisory lock one relay of this outbox holds per batch, so batches of one outbox never overlap.</summary>
    public long RelayLockKey { get; }

    /// <summary>The advisory lock schema creation holds, so two instances starting together do not race.</summary>
    public long SchemaLockKey { get; }

    public const string TryLock = "SELECT pg_try_advisory_xact_lock($1)";

    public const string Lock = "SELECT pg_advisory_xact_lock($1)";

    // FNV-1a: stable across processes and runtimes (string.GetHashCode is randomised per process).
    private static long LockKey(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
