using System.Collections.Concurrent;
using Npgsql;

namespace Contracts.PostgreSql.Tests;

/// <summary>Every delivery one host's consumers saw, duplicates included, in arrival order.</summary>
public sealed class Deliveries
{
    private readonly ConcurrentQueue<(long Number, MessageContext Context)> _all = new();
    private readonly ConcurrentDictionary<long, int> _counts = new();

    public void Add(long number, MessageContext context)
    {
        _all.Enqueue((number, context));
        _counts.AddOrUpdate(number, 1, (_, n) => n + 1);
    }

    public IReadOnlyList<(long Number, MessageContext Context)> All => _all.ToArray();

    /// <summary>How many times each number was delivered.</summary>
    public IReadOnlyDictionary<long, int> Counts => _counts;
}

/// <summary>
/// Records each delivery, then writes its one effect (a row in the schema's effects table) through the inbox: a
/// duplicate delivery is skipped and leaves the table as it was.
/// </summary>
public sealed class RecordOrder(Deliveries deliveries, PostgreSqlInbox inbox, PostgreSqlOutbox outbox) : IConsumer<OrderPlaced>
{
    public async ValueTask ConsumeAsync(OrderPlaced message, MessageContext context, CancellationToken cancellationToken)
    {
        deliveries.Add(message.Number, context);
        await inbox.HandleOnceAsync(context, "tests.record-order", (transaction, ct) => Effects.WriteAsync(transaction, outbox.Schema, message.Number, ct), cancellationToken);
    }
}

/// <summary>The crash test's consumer: the same inbox pattern for what the child process publishes.</summary>
public sealed class BillFaultOrder(Deliveries deliveries, PostgreSqlInbox inbox, PostgreSqlOutbox outbox) : IConsumer<FaultOrderPlaced>
{
    public async ValueTask ConsumeAsync(FaultOrderPlaced message, MessageContext context, CancellationToken cancellationToken)
    {
        deliveries.Add(message.Number, context);
        await inbox.HandleOnceAsync(context, "fault.bill-order", (transaction, ct) => Effects.WriteAsync(transaction, outbox.Schema, message.Number, ct), cancellationToken);
    }
}

/// <summary>A consumer's business effect, written in the inbox's transaction. No unique key on purpose: a second effect would show.</summary>
internal static class Effects
{
    public static async Task WriteAsync(NpgsqlTransaction transaction, string schema, long number, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"INSERT INTO {schema}.effects (number) VALUES ($1)", transaction.Connection, transaction)
        {
            Parameters = { new NpgsqlParameter<long> { TypedValue = number } },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
