using System.Threading.Channels;
using BenchmarkDotNet.Attributes;
using Contracts.Hosting;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Contracts.Benchmarks.Runtime;

/// <summary>
/// Issue 7, figure 4: publish <see cref="Messages"/> messages in process and wait until a consumer has handled every one.
/// Contracts (generated publisher + generated AddContracts() on a real host, in-memory transport, defaults) against
/// MassTransit 8.5's in-memory transport (defaults), with a bare bounded <see cref="Channel{T}"/> handoff as the floor.
/// Times are per message (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class DispatchBenchmarks
{
    public const int Messages = 1_000;

    private readonly InvoiceIssued _invoice = Invoices.Typical();
    private readonly Deliveries _deliveries = new();
    private IHost _contracts = null!;
    private InvoicePublisher _publisher = null!;
    private ServiceProvider _massTransit = null!;
    private IBusControl _bus = null!;
    private Channel<InvoiceIssued> _channel = null!;
    private Task _channelReader = null!;

    [GlobalSetup]
    public async Task StartAll()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton(_deliveries);
        builder.Services.AddContracts();
        _contracts = builder.Build();
        await _contracts.StartAsync();
        _publisher = _contracts.Services.GetRequiredService<InvoicePublisher>();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(_deliveries);
        services.AddMassTransit(bus =>
        {
            bus.AddConsumer<CountInvoiceMassTransit>();
            bus.UsingInMemory((context, configure) => configure.ConfigureEndpoints(context));
        });
        _massTransit = services.BuildServiceProvider();
        _bus = _massTransit.GetRequiredService<IBusControl>();
        await _bus.StartAsync();

        // The same bound and backpressure as the in-memory transport's default endpoint queue.
        _channel = Channel.CreateBounded<InvoiceIssued>(new BoundedChannelOptions(1024) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _channelReader = Task.Run(async () =>
        {
            await foreach (var _ in _channel.Reader.ReadAllAsync())
            {
                _deliveries.Add();
            }
        });
    }

    [GlobalCleanup]
    public async Task StopAll()
    {
        await _contracts.StopAsync();
        _contracts.Dispose();
        await _bus.StopAsync();
        await _massTransit.DisposeAsync();
        _channel.Writer.Complete();
        await _channelReader;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Messages, Description = "MassTransit 8.5 in-memory")]
    public async Task MassTransit()
    {
        var done = _deliveries.Expect(Messages);
        for (var i = 0; i < Messages; i++)
        {
            await _bus.Publish(_invoice);
        }

        await done;
    }

    [Benchmark(OperationsPerInvoke = Messages, Description = "Contracts in-memory")]
    public async Task Contracts()
    {
        var done = _deliveries.Expect(Messages);
        for (var i = 0; i < Messages; i++)
        {
            await _publisher.PublishAsync(_invoice);
        }

        await done;
    }

    [Benchmark(OperationsPerInvoke = Messages, Description = "bare Channel<T> (floor)")]
    public async Task BareChannel()
    {
        var done = _deliveries.Expect(Messages);
        for (var i = 0; i < Messages; i++)
        {
            await _channel.Writer.WriteAsync(_invoice);
        }

        await done;
    }
}

/// <summary>Counts deliveries and completes once the expected number arrived; shared by every peer.</summary>
public sealed class Deliveries
{
    private int _count;
    private int _expected;
    private TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Expect(int count)
    {
        _done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _count, 0);
        Volatile.Write(ref _expected, count);
        return _done.Task;
    }

    public void Add()
    {
        if (Interlocked.Increment(ref _count) == Volatile.Read(ref _expected))
        {
            _done.TrySetResult();
        }
    }
}

/// <summary>The generated publisher of the benchmark's message.</summary>
[Publishes<InvoiceIssued>]
public partial class InvoicePublisher;

/// <summary>The Contracts consumer: counts.</summary>
public sealed class CountInvoice(Deliveries deliveries) : global::Contracts.IConsumer<InvoiceIssued>
{
    public ValueTask ConsumeAsync(InvoiceIssued message, MessageContext context, CancellationToken cancellationToken)
    {
        deliveries.Add();
        return ValueTask.CompletedTask;
    }
}

/// <summary>The MassTransit consumer: counts.</summary>
public sealed class CountInvoiceMassTransit(Deliveries deliveries) : global::MassTransit.IConsumer<InvoiceIssued>
{
    public Task Consume(ConsumeContext<InvoiceIssued> context)
    {
        deliveries.Add();
        return Task.CompletedTask;
    }
}
