using System;
using System.Globalization;

namespace Contracts.PostgreSql;

/// <summary>
/// The tables the outbox and inbox use, as SQL. The package ships the script for the default schema as
/// <c>sql/contracts-postgresql-v1.sql</c>; <see cref="CreateScript"/> writes it for any schema name.
/// </summary>
/// <remarks>
/// Tables of version 1, all in one schema:
/// <list type="bullet">
/// <item><c>outbox</c>: one row per message waiting to be published, in commit order by <c>sequence</c>.</item>
/// <item><c>inbox</c>: one row per (consumer, message id) handled, so a redelivery is recognised.</item>
/// <item><c>schema_version</c>: the version of these tables, which startup checks.</item>
/// </list>
/// </remarks>
public static class PostgreSqlOutboxSchema
{
    /// <summary>The version of the tables this library reads and writes.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The default schema name.</summary>
    public const string DefaultSchema = "contracts";

    // {0} is the schema name, already validated as a plain identifier (so it needs no quoting).
    private const string BodyTemplate = """
        CREATE SCHEMA IF NOT EXISTS {0};

        CREATE TABLE IF NOT EXISTS {0}.schema_version (
            version      integer     NOT NULL,
            installed_at timestamptz NOT NULL DEFAULT now()
        );

        -- One row per message a committed transaction published. The relay publishes rows in sequence order and deletes
        -- them once the transport accepted them; failed_at marks a row the transport rejected for good (kept, not retried).
        CREATE TABLE IF NOT EXISTS {0}.outbox (
            sequence        bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            message_id      text        NOT NULL,
            message_name    text        NOT NULL,
            message_version integer     NOT NULL,
            headers         jsonb       NOT NULL,
            body            bytea       NOT NULL,
            created_at      timestamptz NOT NULL DEFAULT now(),
            attempts        integer     NOT NULL DEFAULT 0,
            last_error      text,
            failed_at       timestamptz
        );

        -- One row per message a consumer handled, written in the consumer's own transaction.
        CREATE TABLE IF NOT EXISTS {0}.inbox (
            consumer   text        NOT NULL,
            message_id text        NOT NULL,
            handled_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (consumer, message_id)
        );

        CREATE INDEX IF NOT EXISTS inbox_handled_at ON {0}.inbox (handled_at);

        INSERT INTO {0}.schema_version (version)
        SELECT {1} WHERE NOT EXISTS (SELECT 1 FROM {0}.schema_version);
        """;

    /// <summary>
    /// The script that creates version <see cref="CurrentVersion"/> of the tables in <paramref name="schema"/>, in
    /// one transaction. It is safe to run again: it creates only what is missing.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="schema"/> is not a plain lower-case PostgreSQL name.</exception>
    public static string CreateScript(string schema = DefaultSchema)
        => $"""
            -- Contracts.PostgreSql: transactional outbox and idempotent inbox, schema version {CurrentVersion}.
            -- Run it with psql (psql -v ON_ERROR_STOP=1 -f contracts-postgresql-v1.sql) or from your migration tool.
            -- Safe to run more than once. Docs: docs/outbox.md.
            BEGIN;

            {Body(schema)}

            COMMIT;

            """;

    /// <summary>The statements of <see cref="CreateScript"/> without the transaction around them.</summary>
    internal static string Body(string schema)
    {
        if (!IsValidName(schema))
        {
            throw new ArgumentException($"Schema '{schema}' is not a plain lower-case PostgreSQL name.", nameof(schema));
        }

        return string.Format(CultureInfo.InvariantCulture, BodyTemplate, schema, CurrentVersion);
    }

    // Plain unquoted identifiers only, so names are never quoted or escaped anywhere (and never fold case).
    internal static bool IsValidName(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 63 || name[0] is >= '0' and <= '9')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c is not (>= 'a' and <= 'z' or >= '0' and <= '9' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
