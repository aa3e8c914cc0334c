using BenchmarkDotNet.Attributes;
using Contracts.Hosting;
using Contracts.RabbitMQ;
using Contracts.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Contracts.Benchmarks.RabbitMQ;

/// <summary>
/// Publish -> consume throughput of <see cref="Workload.Messages"/> messages. Both sides publish persistent messages
/// with awaited publisher confirms from the same number of concurrent publishers, to a durable topic exchange and a
/// durable queue, and consume with manual acks after the handler, at the same prefetch. The raw side sends ready-made
/// bytes with the same headers; so the ratio prices everything Contracts adds: serialization, envelope, generated
/// dispatch with deserialization, a DI scope and an activity per message.
/// </summary>
[MemoryDiagnoser]
public class PublishConsumeBenchmarks
{
    private IHost _host = null!;
    private BenchPublisher _publisher = null!;
    private Arrivals _contractsArrivals = null!;

    private IConnection _rawPublishing = null!;
    private IConnection _rawConsuming = null!;
    private IChannel _rawPublish = null!;
    private IChannel _rawConsume = null!;
    private readonly Arrivals _rawArrivals = new();
    private byte[] _body = null!;
    private string _run = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _run = "bench-" + Guid.NewGuid().ToString("N")[..8];
        await SetUpContractsAsync();
        await SetUpRawAsync();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Workload.Messages, Description = "raw RabbitMQ.Client")]
    public async Task Raw()
    {
        var arrived = _rawArrivals.Expect(Workload.Messages);
        await Workload.PublishAllAsync(n => _rawPublish.BasicPublishAsync(_run + ".raw", "bench.order-paid.v1", mandatory: false, RawProperties(), _body).AsTask());
        await arrived;
    }

    [Benchmark(OperationsPerInvoke = Workload.Messages, Description = "Contracts")]
    public async Task Contracts()
    {
        var arrived = _contractsArrivals.Expect(Workload.Messages);
        await Workload.PublishAllAsync(n => _publisher.PublishAsync(Workload.Sample(n)).AsTask());
        await arrived;
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _host.StopAsync();
        _host.Dispose();

        // Leave the broker as it was: delete this run's queues and exchanges.
        foreach (var queue in new[] { _run + ".raw", _run + ".c.Contracts.Benchmarks.RabbitMQ", _run + ".c.Contracts.Benchmarks.RabbitMQ.dead-letter", _run + ".c.Contracts.Benchmarks.RabbitMQ.retry-1000ms" })
        {
            await _rawPublish.QueueDeleteAsync(queue);
        }

        await _rawPublish.ExchangeDeleteAsync(_run + ".raw");
        await _rawPublish.ExchangeDeleteAsync(_run + ".contracts");
        await _rawConsume.DisposeAsync();
        await _rawPublish.DisposeAsync();
        await _rawConsuming.DisposeAsync();
        await _rawPublishing.DisposeAsync();
    }

    private async Task SetUpContractsAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<Arrivals>();
        builder.Services.AddContracts().UseRabbitMq(o =>
        {
            o.ConnectionString = Workload.ConnectionString;
            o.Exchange = _run + ".contracts";
            o.QueuePrefix = _run + ".c.";
            o.PrefetchCount = Workload.Prefetch;
            // The raw side's queue is classic, as this comparison has always been.
            o.QueueType = RabbitMqQueueType.Classic;
        });
        _host = builder.Build();
        await _host.StartAsync();
        _publisher = _host.Services.GetRequiredService<BenchPublisher>();
        _contractsArrivals = _host.Services.GetRequiredService<Arrivals>();
    }

    private async Task SetUpRawAsync()
    {
        var factory = new ConnectionFactory { Uri = new Uri(Workload.ConnectionString) };
        _rawPublishing = await factory.CreateConnectionAsync("bench raw (publish)");
        _rawConsuming = await factory.CreateConnectionAsync("bench raw (consume)");
        _rawPublish = await _rawPublishing.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
        _rawConsume = await _rawConsuming.CreateChannelAsync();

        var exchange = _run + ".raw";
        await _rawConsume.ExchangeDeclareAsync(exchange, ExchangeType.Topic, durable: true, autoDelete: false);
        await _rawConsume.QueueDeclareAsync(exchange, durable: true, exclusive: false, autoDelete: false);
        await _rawConsume.QueueBindAsync(exchange, exchange, "bench.order-paid.v1");
        await _rawConsume.BasicQosAsync(0, Workload.Prefetch, global: false);

        _body = ContractSerializer.SerializeToUtf8Bytes(Workload.Sample(1));
        var consumer = new AsyncEventingBasicConsumer(_rawConsume);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            _rawArrivals.One();
            await _rawConsume.BasicAckAsync(delivery.DeliveryTag, multiple: false);
        };
        await _rawConsume.BasicConsumeAsync(exchange, autoAck: false, consumer);
    }

    // The same envelope Contracts writes, so both sides move the same bytes.
    private static BasicProperties RawProperties()
    {
        var id = Guid.NewGuid().ToString("N");
        return new BasicProperties
        {
            DeliveryMode = DeliveryModes.Persistent,
            MessageId = id,
            ContentType = EnvelopeHeaders.JsonContentType,
            Headers = new Dictionary<string, object?>
            {
                [EnvelopeHeaders.MessageName] = "bench.order-paid",
                [EnvelopeHeaders.MessageVersion] = "1",
                [EnvelopeHeaders.MessageId] = id,
                [EnvelopeHeaders.ContentType] = EnvelopeHeaders.JsonContentType,
                [EnvelopeHeaders.SchemaFingerprint] = "0000000000000000",
            },
        };
    }
}
