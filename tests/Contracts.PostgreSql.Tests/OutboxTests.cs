using System.Text;
using Contracts.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Contracts.PostgreSql.Tests;

/// <summary>What a service commits is published, nothing it rolled back is, and the envelope survives the table unchanged.</summary>
public sealed class OutboxTests
{
    [SkippableFact]
    public async Task A_committed_message_is_published_with_its_id_headers_and_body_unchanged()
    {
        await using var schema = await TestSchema.CreateAsync();
        await using var host = await OutboxHost.StartAsync(schema);
        var options = new PublishOptions { MessageId = "order-7", Headers = new Dictionary<string, string> { ["tenant"] = "eu-1" } };

        await host.Outbox.ExecuteAsync((_, ct) => host.Publisher.PublishAsync(new OrderPlaced(7, "customer-ä"), options, ct).AsTask());

        await Eventually.TrueAsync(() => host.Deliveries.Counts.ContainsKey(7), "the committed message to arrive");
        var context = Assert.Single(host.Deliveries.All).Context;
        Assert.Equal("order-7", context.MessageId);
        Assert.Equal("eu-1", context.Headers["tenant"]);
        Assert.Equal("outbox-tests.order-placed", context.MessageName);
        Assert.Equal(1, context.Version);
        await Eventually.TrueAsync(() => host.Outbox.Relay.PublishedCount == 1, "the relay to count its batch");
        Assert.Equal(0L, (await host.Outbox.GetDepthAsync()).Waiting);
    }

    [SkippableFact]
    public async Task A_message_waits_in_the_table_until_its_transaction_commits()
    {
        await using var schema = await TestSchema.CreateAsync();
        await using var host = await OutboxHost.StartAsync(schema);
        await using var connection = await schema.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        using (host.Outbox.Enlist(transaction))
        {
            await host.Publisher.PublishAsync(new OrderPlaced(1, "c"));
        }

        // Written, but invisible to the relay until the commit.
        await Task.Delay(600);
        Assert.Empty(host.Deliveries.All);
        Assert.Equal(0L, (await host.Outbox.GetDepthAsync()).Waiting);

        await transaction.CommitAsync();
        await Eventually.TrueAsync(() => host.Deliveries.Counts.ContainsKey(1), "the message to arrive after the commit");
    }

    [SkippableFact]
    public async Task A_rolled_back_transaction_publishes_nothing()
    {
        await using var schema = await TestSchema.CreateAsync();
        await using var host = await OutboxHost.StartAsync(schema);

        await Assert.ThrowsAsync<InvalidOperationException>(() => host.Outbox.ExecuteAsync(async (_, ct) =>
        {
            await host.Publisher.PublishAsync(new OrderPlaced(1, "phantom"), ct);
            throw new InvalidOperationException("the order failed after its message was published");
        }));
        await using (var connection = await schema.DataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            using (host.Outbox.Enlist(transaction))
            {
                await host.Publisher.PublishAsync(new OrderPlaced(2, "phantom"));
            }

            await transaction.RollbackAsync();
        }

        // A later commit goes out, so the relay did run past where the phantoms would have been.
        await host.CommitAsync(3);
        await Eventually.TrueAsync(() => host.Deliveries.Counts.ContainsKey(3), "the committed message to arrive");
        Assert.Equal([3L], host.Deliveries.All.Select(d => d.Number));
        await Eventually.TrueAsync(async () => await schema.ScalarAsync<long>($"SELECT count(*) FROM {schema.Name}.outbox") == 0, "an empty outbox");
    }

    [SkippableFact]
    public async Task The_message_shares_the_transaction_with_the_services_own_rows()
    {
        await using var schema = await TestSchema.CreateAsync();
        await using var host = await OutboxHost.StartAsync(schema);
        await schema.ExecuteAsync($"CREATE TABLE {schema.Name}.orders (number bigint PRIMARY KEY)");

        foreach (var (number, commit) in new[] { (1L, true), (2L, false), (3L, true) })
        {
            await using var connection = await schema.DataSource.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            using var scope = host.Outbox.Enlist(transaction);
            await using (var insert = new NpgsqlCommand($"INSERT INTO {schema.Name}.orders VALUES ({number})", connection, transaction))
            {
                await insert.ExecuteNonQueryAsync();
            }

            await host.Publisher.PublishAsync(new OrderPlaced(number, "c"));
            Assert.Equal(1, scope.MessageCount);
            await (commit ? transaction.CommitAsync() : transaction.RollbackAsync());
        }

        await Eventually.TrueAsync(() => host.Deliveries.Counts.Count == 2, "both committed orders' messages");
        Assert.Equal([1L, 3L], await schema.ColumnAsync<long>($"SELECT number FROM {schema.Name}.orders ORDER BY number"));
        Assert.Equal([1L, 3L], host.Deliveries.Counts.Keys.Order());
    }

    [SkippableFact]
    public async Task Messages_go_out_in_commit_order_within_and_across_transactions()
    {
        await using var schema = await TestSchema.CreateAsync();
        await using var host = await OutboxHost.StartAsync(schema, o => o.BatchSize = 7);

        for (var number = 1; number <= 150; number++)
        {
            await host.CommitAsync(number);
        }

        await host.Outbox.ExecuteAsync(async (_, ct) =>
        {
            for (var number = 151; number <= 300; number++)
            {
                await host.Publisher.PublishAsync(new OrderPlaced(number, "c"), ct);
            }
        });

        await Eventually.TrueAsync(() => host.Deliveries.Counts.Count == 300, "all 300 messages");
        Assert.Equal(Enumerable.Range(1, 300).Select(n => (long)n), host.Deliveries.All.Select(d => d.Number));
    }

    [SkippableFact]
    public async Task Concurrent_publishes_in_one_scope_are_written_one_at_a_time_on_its_connection()
    {
        await using var schema = await TestSchema.CreateAsync();
        await using var host = await OutboxHost.StartAsync(schema);

        await host.Outbox.ExecuteAsync((_, ct) => Task.WhenAll(Enumerable.Range(1, 50).Select(n => host.Publisher.PublishAsync(new OrderPlaced(n, "c"), ct).AsTask())));

        await Eventually.TrueAsync(() => host.Deliveries.Counts.Count == 50, "all 50 messages");
    }

    [SkippableFact]
    public async Task Outside_a_scope_a_publish_goes_straight_to_the_transport_unless_a_scope_is_required()
    {
        await using var schema = await TestSchema.CreateAsync();
        await using (var host = await OutboxHost.StartAsync(schema))
        {
            await host.Publisher.PublishAsync(new OrderPlaced(1, "direct"));
            await Eventually.TrueAsync(() => host.Deliveries.Counts.ContainsKey(1), "the direct publish");
            Assert.Equal(0L, host.Outbox.Relay.PublishedCount);
        }

        await using (var strict = await OutboxHost.StartAsync(schema, o => o.RequireScope = true))
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => strict.Publisher.PublishAsync(new OrderPlaced(2, "direct")).AsTask());
            Assert.Contains("no outbox scope is current", error.Message);
        }
    }

    [SkippableFact]
    public async Task The_transport_may_be_chosen_after_the_outbox_and_the_relay_still_uses_it()
    {
        await using var schema = await TestSchema.CreateAsync();
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new());
        builder.Services.AddSingleton(new Deliveries());
        builder.Services.AddContracts()
            .UsePostgreSqlOutbox(o => (o.ConnectionString, o.Schema, o.CreateSchema) = (Postgres.ConnectionString, schema.Name, true))
            .UseInMemoryTransport(o => o.MaxRetries = 0);
        using var host = builder.Build();
        await host.StartAsync();
        var outbox = host.Services.GetRequiredService<PostgreSqlOutbox>();

        await outbox.ExecuteAsync((_, ct) => host.Services.GetRequiredService<TestPublisher>().PublishAsync(new OrderPlaced(1, "c"), ct).AsTask());

        await Eventually.TrueAsync(() => host.Services.GetRequiredService<Deliveries>().Counts.ContainsKey(1), "the message through the outbox");
        await Eventually.TrueAsync(() => outbox.Relay.PublishedCount == 1, "the relay to count its batch");
        await host.StopAsync();
    }

    [SkippableFact]
    public async Task Publishing_with_a_finished_transaction_is_a_clear_error()
    {
        await using var schema = await TestSchema.CreateAsync();
        await using var host = await OutboxHost.StartAsync(schema);
        await using var connection = await schema.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        using var scope = host.Outbox.Enlist(transaction);
        await transaction.CommitAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Publisher.PublishAsync(new OrderPlaced(1, "late")).AsTask());
        Assert.Contains("already committed or rolled back", error.Message);
    }

    [SkippableFact]
    public async Task The_body_in_the_table_is_the_serialized_message_and_the_headers_are_queryable()
    {
        await using var schema = await TestSchema.CreateAsync();
        await using var host = await OutboxHost.StartAsync(schema);
        await host.StopAsync();

        await host.Outbox.ExecuteAsync((_, ct) => host.Publisher.PublishAsync(new OrderPlaced(5, "c"), new PublishOptions { MessageId = "m-5" }, ct).AsTask());

        var body = Encoding.UTF8.GetString(await schema.ScalarAsync<byte[]>($"SELECT body FROM {schema.Name}.outbox"));
        Assert.Equal("""{"number":5,"customer":"c"}""", body);
        Assert.Equal("m-5", await schema.ScalarAsync<string>($"SELECT headers->>'message-id' FROM {schema.Name}.outbox WHERE message_id = 'm-5'"));
        Assert.Equal(new OutboxDepth(1, 0, (await host.Outbox.GetDepthAsync()).OldestWaitingSince), await host.Outbox.GetDepthAsync());
    }
}
