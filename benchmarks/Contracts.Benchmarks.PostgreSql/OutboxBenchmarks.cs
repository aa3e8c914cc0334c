using BenchmarkDotNet.Attributes;
using Contracts.Hosting;
using Contracts.PostgreSql;
using Contracts.RabbitMQ;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using RabbitMQ.Client;

namespace Contracts.Benchmarks.PostgreSql;

/// <summary>
/// One order, placed the three ways a service can: committed alone (the baseline: what the database costs anyway),
/// committed together with its message through the outbox, and its message published directly on the same RabbitMQ
/// transport with the broker's confirm awaited (no database), plus commit-then-publish, the unsafe pattern the outbox
/// replaces. Every commit is a real, durable PostgreSQL commit (fsync on). The relay does not run during the
/// measurement, so the outbox figure is the caller's cost; the relay publishes the rows later, off the request path.
/// The tables and the queue are emptied only around the run: an [IterationCleanup] would make BenchmarkDotNet time
/// one invocation per iteration, which at milliseconds per operation is mostly timer and scheduling noise.
/// </summary>
[MemoryDiagnoser]
public class OutboxBenchmarks
{
    private const string Schema = "bench_outbox";

    private NpgsqlDataSource _database = null!;
    private IHost _outboxHost = null!;
    private IHost _directHost = null!;
    private PostgreSqlOutbox _outbox = null!;
    private BenchPublisher _outboxPublisher = null!;
    private BenchPublisher _directPublisher = null!;
    private IConnection _broker = null!;
    private IChannel _channel = null!;
    private string _run = null!;
    private int _number;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _run = "bench-outbox-" + Guid.NewGuid().ToString("N")[..8];
        _database = NpgsqlDataSource.Create(Workload.Postgres);
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {Schema} CASCADE; CREATE SCHEMA {Schema}; CREATE TABLE {Schema}.orders (order_id uuid PRIMARY KEY, customer_id text NOT NULL, total numeric NOT NULL)");
        await ExecuteAsync(PostgreSqlOutboxSchema.CreateScript(Schema));

        // Built, not started: the relay (a hosted service) stays off.
        _outboxHost = Build(contracts => contracts.UsePostgreSqlOutbox(o =>
        {
            o.ConnectionString = Workload.Postgres;
            o.Schema = Schema;
        }));
        _outbox = _outboxHost.Services.GetRequiredService<PostgreSqlOutbox>();
        _outboxPublisher = _outboxHost.Services.GetRequiredService<BenchPublisher>();
        _directHost = Build(_ => { });
        _directPublisher = _directHost.Services.GetRequiredService<BenchPublisher>();

        // A durable queue bound to the message, with no consumer: each confirm covers a message the broker stored.
        var factory = new ConnectionFactory { Uri = new Uri(Workload.RabbitMq) };
        _broker = await factory.CreateConnectionAsync("bench outbox setup");
        _channel = await _broker.CreateChannelAsync();
        await _channel.ExchangeDeclareAsync(_run, ExchangeType.Topic, durable: true, autoDelete: false);
        await _channel.QueueDeclareAsync(_run, durable: true, exclusive: false, autoDelete: false);
        await _channel.QueueBindAsync(_run, _run, "bench.order-placed.v1");
    }

    [Benchmark(Baseline = true, Description = "commit, no message")]
    public async Task Commit()
    {
        await using var connection = await _database.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await InsertOrderAsync(transaction, Next());
        await transaction.CommitAsync();
    }

    [Benchmark(Description = "commit + message through the outbox")]
    public Task CommitWithOutbox() => _outbox.ExecuteAsync(async (transaction, ct) =>
    {
        var order = Next();
        await InsertOrderAsync(transaction, order);
        await _outboxPublisher.PublishAsync(order, ct);
    });

    [Benchmark(Description = "direct publish (confirmed), no database")]
    public Task DirectPublish() => _directPublisher.PublishAsync(Next()).AsTask();

    [Benchmark(Description = "commit, then direct publish (unsafe)")]
    public async Task CommitThenPublish()
    {
        var order = Next();
        await using (var connection = await _database.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await InsertOrderAsync(transaction, order);
            await transaction.CommitAsync();
        }

        await _directPublisher.PublishAsync(order);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _outboxHost.Dispose();
        _directHost.Dispose();
        await _channel.QueueDeleteAsync(_run);
        await _channel.ExchangeDeleteAsync(_run);
        await _channel.DisposeAsync();
        await _broker.DisposeAsync();
        await ExecuteAsync($"DROP SCHEMA IF EXISTS {Schema} CASCADE");
        await _database.DisposeAsync();
    }

    private IHost Build(Action<ContractsBuilder> configure)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var contracts = builder.Services.AddContracts().UseRabbitMq(o =>
        {
            o.ConnectionString = Workload.RabbitMq;
            o.Exchange = _run;
            o.QueuePrefix = _run + ".";
        });
        configure(contracts);
        return builder.Build();
    }

    private OrderPlaced Next()
    {
        var n = Interlocked.Increment(ref _number);
        return new OrderPlaced(Guid.NewGuid(), "customer-" + n % 100, 42.50m + n % 10, "EUR", DateTimeOffset.UnixEpoch.AddSeconds(n));
    }

    private static async Task InsertOrderAsync(NpgsqlTransaction transaction, OrderPlaced order)
    {
        await using var command = new NpgsqlCommand($"INSERT INTO {Schema}.orders (order_id, customer_id, total) VALUES ($1, $2, $3)", transaction.Connection, transaction)
        {
            Parameters =
            {
                new NpgsqlParameter<Guid> { TypedValue = order.OrderId },
                new NpgsqlParameter<string> { TypedValue = order.CustomerId },
                new NpgsqlParameter<decimal> { TypedValue = order.Total },
            },
        };
        await command.ExecuteNonQueryAsync();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = _database.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
