using BenchmarkDotNet.Attributes;
using Contracts.Hosting;
using Contracts.RabbitMQ;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;

namespace Contracts.Benchmarks.RabbitMQ;

/// <summary>
/// End-to-end throughput of <see cref="Workload.Messages"/> messages published all at once (every publish in flight
/// together, each completing on its own confirm) and consumed, through Contracts and through MassTransit.RabbitMQ
/// 8.5.12 on the same broker in the same run, with the same guarantees: persistent messages, publisher confirms,
/// durable queues of the same type, manual acks after the handler, the same prefetch and handler concurrency.
/// </summary>
[MemoryDiagnoser]
public class PipelinedPublishBenchmarks
{
    private const ushort Concurrency = 4;

    private IHost _contracts = null!;
    private BenchPublisher _publisher = null!;
    private Arrivals _contractsArrivals = null!;
    private IHost _massTransit = null!;
    private IBus _bus = null!;
    private Arrivals _massTransitArrivals = null!;
    private string _run = null!;

    /// <summary>Both sides declare their queues of this type (MassTransit: <c>SetQuorumQueue()</c>).</summary>
    [Params(RabbitMqQueueType.Quorum, RabbitMqQueueType.Classic)]
    public RabbitMqQueueType QueueType { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _run = "bench-" + Guid.NewGuid().ToString("N")[..8];
        (_contracts, _contractsArrivals) = await StartAsync(ConfigureContracts);
        _publisher = _contracts.Services.GetRequiredService<BenchPublisher>();
        (_massTransit, _massTransitArrivals) = await StartAsync(ConfigureMassTransit);
        _bus = _massTransit.Services.GetRequiredService<IBus>();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Workload.Messages, Description = "MassTransit 8.5.12")]
    public async Task MassTransit()
    {
        var arrived = _massTransitArrivals.Expect(Workload.Messages);
        await Task.WhenAll(Enumerable.Range(0, Workload.Messages).Select(n => _bus.Publish(MtSample(n))));
        await arrived;
    }

    [Benchmark(OperationsPerInvoke = Workload.Messages, Description = "Contracts")]
    public async Task Contracts()
    {
        var arrived = _contractsArrivals.Expect(Workload.Messages);
        await Task.WhenAll(Enumerable.Range(0, Workload.Messages).Select(n => _publisher.PublishAsync(Workload.Sample(n)).AsTask()));
        await arrived;
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        foreach (var host in new[] { _contracts, _massTransit })
        {
            await host.StopAsync();
            host.Dispose();
        }

        // Leave the broker as it was.
        var factory = new ConnectionFactory { Uri = new Uri(Workload.ConnectionString) };
        await using var connection = await factory.CreateConnectionAsync("bench cleanup");
        await using var channel = await connection.CreateChannelAsync();
        var queue = _run + ".c.Contracts.Benchmarks.RabbitMQ";
        foreach (var name in new[] { queue, queue + ".dead-letter", queue + ".retry-1000ms", _run + "-mt", _run + "-mt_error", _run + "-mt_skipped" })
        {
            await channel.QueueDeleteAsync(name);
        }

        foreach (var name in new[] { _run + ".contracts", _run + "-mt", _run + "-mt_error", _run + "-mt_skipped" })
        {
            await channel.ExchangeDeleteAsync(name);
        }
    }

    private static MtOrderPaid MtSample(int n)
    {
        var sample = Workload.Sample(n);
        return new(sample.OrderId, sample.CustomerId, sample.Amount, sample.Currency, sample.PaidAt);
    }

    private static async Task<(IHost Host, Arrivals Arrivals)> StartAsync(Action<IServiceCollection> configure)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<Arrivals>();
        configure(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return (host, host.Services.GetRequiredService<Arrivals>());
    }

    private void ConfigureContracts(IServiceCollection services)
        => services.AddContracts().UseRabbitMq(o =>
        {
            o.ConnectionString = Workload.ConnectionString;
            o.Exchange = _run + ".contracts";
            o.QueuePrefix = _run + ".c.";
            o.QueueType = QueueType;
            o.PrefetchCount = Workload.Prefetch;
            o.ConsumerConcurrency = Concurrency;
        });

    private void ConfigureMassTransit(IServiceCollection services)
    {
        services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        services.AddMassTransit(x =>
        {
            x.AddConsumer<CountMtOrderPaid>();
            x.UsingRabbitMq((context, cfg) =>
            {
                var uri = new Uri(Workload.ConnectionString);
                cfg.Host(uri.Host, (ushort)uri.Port, "/", h =>
                {
                    h.Username("guest");
                    h.Password("guest");
                    h.PublisherConfirmation = true;
                });
                cfg.ReceiveEndpoint(_run + "-mt", e =>
                {
                    e.PrefetchCount = Workload.Prefetch;
                    e.ConcurrentMessageLimit = Concurrency;
                    e.Durable = true;
                    if (QueueType == RabbitMqQueueType.Quorum)
                    {
                        e.SetQuorumQueue();
                    }

                    e.ConfigureConsumer<CountMtOrderPaid>(context);
                });
            });
        });
    }
}
