using Contracts.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Contracts.PostgreSql.Tests;

/// <summary>
/// A real host wired by the generated <c>AddContracts()</c> and <c>UsePostgreSqlOutbox</c>, as a user's service is,
/// on the in-memory transport unless the test chooses another.
/// </summary>
internal sealed class OutboxHost : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private OutboxHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public PostgreSqlOutbox Outbox => Services.GetRequiredService<PostgreSqlOutbox>();

    public PostgreSqlInbox Inbox => Services.GetRequiredService<PostgreSqlInbox>();

    public TestPublisher Publisher => Services.GetRequiredService<TestPublisher>();

    public Deliveries Deliveries => Services.GetRequiredService<Deliveries>();

    /// <summary>Builds the host; <paramref name="transport"/> chooses the transport (in-memory when null).</summary>
    public static OutboxHost Build(
        TestSchema schema,
        Action<PostgreSqlOutboxOptions>? configure = null,
        Action<ContractsBuilder>? transport = null,
        Deliveries? deliveries = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton(deliveries ?? new Deliveries());
        var contracts = builder.Services.AddContracts();
        transport?.Invoke(contracts);
        contracts.UsePostgreSqlOutbox(options =>
        {
            options.ConnectionString = Postgres.ConnectionString;
            options.Schema = schema.Name;
            options.CreateSchema = true;
            options.PollInterval = TimeSpan.FromMilliseconds(200);
            options.MaxRetryDelay = TimeSpan.FromMilliseconds(500);
            configure?.Invoke(options);
        });
        return new OutboxHost(builder.Build());
    }

    public static async Task<OutboxHost> StartAsync(
        TestSchema schema,
        Action<PostgreSqlOutboxOptions>? configure = null,
        Action<ContractsBuilder>? transport = null,
        Deliveries? deliveries = null)
    {
        var host = Build(schema, configure, transport, deliveries);
        await host.StartAsync();
        return host;
    }

    public Task StartAsync() => _host.StartAsync().WaitAsync(TimeSpan.FromSeconds(60));

    /// <summary>Publishes order <paramref name="number"/> through the outbox, alone in its own committed transaction.</summary>
    public Task CommitAsync(long number) => Outbox.ExecuteAsync((_, ct) => Publisher.PublishAsync(new OrderPlaced(number, "customer-" + number), ct).AsTask());

    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _host.StopAsync().WaitAsync(TimeSpan.FromSeconds(60));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
