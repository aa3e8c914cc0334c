using Contracts.PostgreSql;
using Npgsql;

namespace Contracts.PostgreSql.OrderWriter;

/// <summary>The message this service publishes for every order it commits.</summary>
[Message("fault.order-placed", Version = 1)]
public partial record FaultOrderPlaced(long Number);

/// <summary>The generated publisher.</summary>
[Publishes<FaultOrderPlaced>]
public partial class FaultPublisher;

/// <summary>Writes orders and their messages in one transaction each, until the schema holds the target number.</summary>
internal sealed class OrderWriter
{
    private readonly NpgsqlDataSource _orders;
    private readonly PostgreSqlOutbox _outbox;
    private readonly FaultPublisher _publisher;
    private readonly Settings _settings;
    private long _committed;
    private long _rolledBack;

    private OrderWriter(NpgsqlDataSource orders, PostgreSqlOutbox outbox, FaultPublisher publisher, Settings settings, long committed)
    {
        _orders = orders;
        _outbox = outbox;
        _publisher = publisher;
        _settings = settings;
        _committed = committed;
    }

    public long Committed => Interlocked.Read(ref _committed);

    public long RolledBack => Interlocked.Read(ref _rolledBack);

    public static async Task<OrderWriter> StartAsync(NpgsqlDataSource orders, PostgreSqlOutbox outbox, FaultPublisher publisher, Settings settings)
    {
        await using (var create = orders.CreateCommand($"CREATE TABLE IF NOT EXISTS {settings.Schema}.orders (number bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        await using var count = orders.CreateCommand($"SELECT count(*) FROM {settings.Schema}.orders");
        return new OrderWriter(orders, outbox, publisher, settings, (long)(await count.ExecuteScalarAsync())!);
    }

    public async Task WriteUntilTargetAsync()
    {
        while (Committed < _settings.Target)
        {
            await using var connection = await _orders.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            using var scope = _outbox.Enlist(transaction);
            await using var insert = new NpgsqlCommand($"INSERT INTO {_settings.Schema}.orders DEFAULT VALUES RETURNING number", connection, transaction);
            var number = (long)(await insert.ExecuteScalarAsync())!;
            await _publisher.PublishAsync(new FaultOrderPlaced(number), new PublishOptions { MessageId = "fault-order-" + number });

            // The message was written in the transaction; rolling back must take it away with the order.
            if (number % _settings.RollbackEvery == 0)
            {
                await transaction.RollbackAsync();
                Interlocked.Increment(ref _rolledBack);
            }
            else
            {
                await transaction.CommitAsync();
                Interlocked.Increment(ref _committed);
            }
        }
    }
}
