using System;
using Npgsql;

namespace Contracts.PostgreSql;

/// <summary>Settings of the outbox, the relay and the inbox; set them in <c>UsePostgreSqlOutbox(o =&gt; ...)</c>.</summary>
public sealed class PostgreSqlOutboxOptions
{
    /// <summary>
    /// The database the outbox and inbox tables live in, as an Npgsql connection string. Ignored when
    /// <see cref="DataSource"/> is set. One of the two is required.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// A data source of the application's own to use instead of <see cref="ConnectionString"/>; the outbox does not
    /// dispose it.
    /// </summary>
    public NpgsqlDataSource? DataSource { get; set; }

    /// <summary>
    /// The PostgreSQL schema holding the tables (default <c>contracts</c>): lower-case letters, digits and <c>_</c>,
    /// starting with a letter or <c>_</c>. Services that share a database each use a schema of their own.
    /// </summary>
    public string Schema { get; set; } = "contracts";

    /// <summary>
    /// Whether startup may create the schema and its tables when they are missing (default false). Leave it off where
    /// the schema is migrated by other means: run the shipped <c>sql/contracts-postgresql-v1.sql</c>, or the text of
    /// <see cref="PostgreSqlOutboxSchema.CreateScript"/>, instead. Either way startup fails with a
    /// <see cref="PostgreSqlOutboxSchemaException"/> when the tables are missing or at another version.
    /// </summary>
    public bool CreateSchema { get; set; }

    /// <summary>
    /// When true, a publish outside an <see cref="OutboxScope"/> throws instead of going straight to the transport
    /// (default false). Turn it on in services where every message must follow a commit.
    /// </summary>
    public bool RequireScope { get; set; }

    /// <summary>How many outbox rows the relay claims and publishes per database transaction (default 100).</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// How many publishes of a batch the relay has waiting for the transport at once (default 16). They start in
    /// sequence order, so a transport that keeps the order of its publishes (one RabbitMQ channel, the in-memory
    /// queues) delivers in commit order. If one fails, the others of its window may already be out: then messages
    /// behind the failed one can arrive before its retry. Set 1 for strict order across failures, at the price of one
    /// broker round trip per message.
    /// </summary>
    public int MaxInFlight { get; set; } = 16;

    /// <summary>
    /// How often the relay looks for rows when nothing woke it (default 1 second). Commits through this process's
    /// <see cref="PostgreSqlOutbox"/> wake it at once; polling finds rows other processes left, for instance after a crash.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long the relay waits for the transport to accept one message (default 10 seconds) before it counts a
    /// failure and tries again later. The row stays in the outbox meanwhile.
    /// </summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest pause between relay attempts while the transport or database keeps failing (default 30 seconds).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the inbox remembers a handled message id (default 7 days); a redelivery after that is handled again.
    /// <see langword="null"/> keeps ids forever. The relay's hosted service purges older ids hourly.
    /// </summary>
    public TimeSpan? InboxRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How often the relay's hosted service counts the outbox for the depth gauges (default 15 seconds; see
    /// docs/outbox.md, metrics). <see langword="null"/> turns the sampling off; <see cref="PostgreSqlOutbox.GetDepthAsync"/>
    /// still answers on demand.
    /// </summary>
    public TimeSpan? DepthSampleInterval { get; set; } = TimeSpan.FromSeconds(15);

    internal PostgreSqlOutboxOptions Copy() => (PostgreSqlOutboxOptions)MemberwiseClone();

    /// <summary>Throws when a setting is invalid, so mistakes fail at startup.</summary>
    internal void Validate()
    {
        if (DataSource is null && string.IsNullOrWhiteSpace(ConnectionString))
        {
            throw new ArgumentException("Set ConnectionString or DataSource: the outbox needs the database its tables live in.", nameof(ConnectionString));
        }

        if (!PostgreSqlOutboxSchema.IsValidName(Schema))
        {
            throw new ArgumentException(
                $"Schema '{Schema}' is not a plain PostgreSQL name: use 1 to 63 lower-case letters, digits and '_', starting with a letter or '_'.",
                nameof(Schema));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxInFlight, 1, nameof(MaxInFlight));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PollInterval, TimeSpan.Zero, nameof(PollInterval));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PublishTimeout, TimeSpan.Zero, nameof(PublishTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(MaxRetryDelay, TimeSpan.Zero, nameof(MaxRetryDelay));
        if (InboxRetention is { } retention)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero, nameof(InboxRetention));
        }

        if (DepthSampleInterval is { } sampling)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(sampling, TimeSpan.Zero, nameof(DepthSampleInterval));
        }
    }
}
