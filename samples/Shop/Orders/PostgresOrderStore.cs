using Contracts;
using Contracts.PostgreSql;
using Npgsql;
using Shop.Orders.Contracts;

namespace Shop.Orders;

/// <summary>
/// Orders' record in PostgreSQL (<c>--store postgres</c>). An order and its message are committed in one transaction
/// through the outbox, so an order is never saved without its message going out, nor a message sent for an order that
/// was not saved. What Billing and Shipping report back is recorded through the inbox, so a redelivery changes nothing.
/// </summary>
public sealed class PostgresOrderStore(NpgsqlDataSource database, PostgreSqlOutbox outbox, PostgreSqlInbox inbox) : IOrderStore
{
    /// <summary>The schema of the orders table and of the outbox and inbox tables.</summary>
    public const string Schema = "shop_orders";

    private const string Table = Schema + ".orders";

    // The sample trades the same fixed day on every run, with the same order ids: each run starts from an empty schema.
    private const string Reset = $"""
        DROP SCHEMA IF EXISTS {Schema} CASCADE;
        CREATE SCHEMA {Schema};
        CREATE TABLE {Table} (
            order_id       uuid    PRIMARY KEY,
            customer_id    text    NOT NULL,
            total          numeric NOT NULL,
            cancelled      boolean NOT NULL DEFAULT false,
            payment_failed boolean NOT NULL DEFAULT false,
            shipped        boolean NOT NULL DEFAULT false
        );
        """;

    /// <summary>Drops what an earlier run left and creates the orders table; the outbox creates its tables at startup.</summary>
    public static async Task ResetAsync(NpgsqlDataSource database)
    {
        await using var command = database.CreateCommand(Reset);
        await command.ExecuteNonQueryAsync();
    }

    public Task PlaceAsync(OrderPlaced order, Func<CancellationToken, Task> publish, CancellationToken cancellationToken)
        => outbox.ExecuteAsync(async (transaction, ct) =>
        {
            await ExecuteAsync(transaction, $"INSERT INTO {Table} (order_id, customer_id, total) VALUES ($1, $2, $3)", ct, order.OrderId, order.CustomerId, order.Total);
            await publish(ct);
        }, cancellationToken);

    public Task CancelAsync(Guid orderId, Func<CancellationToken, Task> publish, CancellationToken cancellationToken)
        => outbox.ExecuteAsync(async (transaction, ct) =>
        {
            await UpdateAsync(transaction, "cancelled", orderId, ct);
            await publish(ct);
        }, cancellationToken);

    public Task PaymentFailedAsync(Guid orderId, MessageContext context, CancellationToken cancellationToken)
        => inbox.HandleOnceAsync(context, "orders.record-payment-failure", (transaction, ct) => UpdateAsync(transaction, "payment_failed", orderId, ct), cancellationToken);

    public Task ShippedAsync(Guid orderId, MessageContext context, CancellationToken cancellationToken)
        => inbox.HandleOnceAsync(context, "orders.record-shipment", (transaction, ct) => UpdateAsync(transaction, "shipped", orderId, ct), cancellationToken);

    public async Task<IReadOnlyDictionary<OrderOutcome, int>> OutcomesAsync(CancellationToken cancellationToken)
    {
        var counts = Enum.GetValues<OrderOutcome>().ToDictionary(o => o, _ => 0);
        await using var command = database.CreateCommand($"SELECT shipped, cancelled, payment_failed FROM {Table}");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts[OrderOutcomes.Of(reader.GetBoolean(0), reader.GetBoolean(1), reader.GetBoolean(2))]++;
        }

        return counts;
    }

    // A report about an order this service never placed is a bug worth seeing, as in the in-memory book.
    private static async Task UpdateAsync(NpgsqlTransaction transaction, string column, Guid orderId, CancellationToken cancellationToken)
    {
        if (await ExecuteAsync(transaction, $"UPDATE {Table} SET {column} = true WHERE order_id = $1", cancellationToken, orderId) == 0)
        {
            throw new InvalidOperationException($"Order {orderId} was never placed here.");
        }
    }

    private static async Task<int> ExecuteAsync(NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, transaction.Connection, transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
