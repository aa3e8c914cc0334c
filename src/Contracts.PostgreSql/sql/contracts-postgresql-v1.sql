-- Contracts.PostgreSql: transactional outbox and idempotent inbox, schema version 1.
-- Run it with psql (psql -v ON_ERROR_STOP=1 -f contracts-postgresql-v1.sql) or from your migration tool.
-- Safe to run more than once. Docs: docs/outbox.md.
BEGIN;

CREATE SCHEMA IF NOT EXISTS contracts;

CREATE TABLE IF NOT EXISTS contracts.schema_version (
    version      integer     NOT NULL,
    installed_at timestamptz NOT NULL DEFAULT now()
);

-- One row per message a committed transaction published. The relay publishes rows in sequence order and deletes
-- them once the transport accepted them; failed_at marks a row the transport rejected for good (kept, not retried).
CREATE TABLE IF NOT EXISTS contracts.outbox (
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
CREATE TABLE IF NOT EXISTS contracts.inbox (
    consumer   text        NOT NULL,
    message_id text        NOT NULL,
    handled_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, message_id)
);

CREATE INDEX IF NOT EXISTS inbox_handled_at ON contracts.inbox (handled_at);

INSERT INTO contracts.schema_version (version)
SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM contracts.schema_version);

COMMIT;
