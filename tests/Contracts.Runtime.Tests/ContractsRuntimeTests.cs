using Contracts.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Contracts.Runtime.Tests;

/// <summary>Registration: AddRuntime is idempotent, and the transport rule (last Use… wins, TryAdd default) holds.</summary>
public sealed class ContractsRuntimeTests
{
    [Fact]
    public void AddRuntime_registers_each_service_once_however_often_it_is_called()
    {
        var services = new ServiceCollection();

        ContractsRuntime.AddRuntime(services);
        ContractsRuntime.AddRuntime(services);

        Assert.Single(services, d => d.ServiceType == typeof(IMessageTransport));
        Assert.Single(services, d => d.ServiceType == typeof(MessageSender));
        Assert.Single(services, d => d.ServiceType == typeof(IHostedService));
        using var provider = services.BuildServiceProvider();
        Assert.Same(provider.GetRequiredService<InMemoryTransport>(), provider.GetRequiredService<IMessageTransport>());
    }

    [Fact]
    public void A_transport_registered_before_AddRuntime_is_kept()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IMessageTransport, RecordingTransport>();

        ContractsRuntime.AddRuntime(services);

        using var provider = services.BuildServiceProvider();
        Assert.IsType<RecordingTransport>(provider.GetRequiredService<IMessageTransport>());
    }

    [Fact]
    public void The_last_Use_call_wins_before_or_after_AddRuntime()
    {
        var services = new ServiceCollection();
        new ContractsBuilder(services).UseTransport(_ => new RecordingTransport());
        ContractsRuntime.AddRuntime(services).UseInMemoryTransport(o => o.MaxRetries = 0);

        using var provider = services.BuildServiceProvider();
        Assert.Single(services, d => d.ServiceType == typeof(IMessageTransport));
        Assert.IsType<InMemoryTransport>(provider.GetRequiredService<IMessageTransport>());

        ContractsRuntime.AddRuntime(services).UseTransport(_ => new RecordingTransport());
        using var replaced = services.BuildServiceProvider();
        Assert.IsType<RecordingTransport>(replaced.GetRequiredService<IMessageTransport>());
    }

    [Fact]
    public async Task UseInMemoryTransport_applies_its_options()
    {
        var services = new ServiceCollection();
        ContractsRuntime.AddRuntime(services).UseInMemoryTransport(o => o.MaxRetries = 0);
        await using var provider = services.BuildServiceProvider();
        var transport = provider.GetRequiredService<InMemoryTransport>();
        var attempts = 0;
        await using var subscription = await transport.SubscribeAsync(
            new Subscription("billing", [TestOrder.Key]),
            (_, _, _) =>
            {
                Interlocked.Increment(ref attempts);
                throw new InvalidOperationException("fails");
            },
            CancellationToken.None);

        await transport.PublishAsync(TestSupport.Envelope(TestOrder.Key), CancellationToken.None);
        await transport.WhenIdleAsync().Safe();

        Assert.Equal(1, attempts);
        Assert.Single(transport.DeadLetters);
    }

    [Fact]
    public void UseInMemoryTransport_rejects_invalid_options_at_once()
        => Assert.Throws<ArgumentOutOfRangeException>(
            () => ContractsRuntime.AddRuntime(new ServiceCollection()).UseInMemoryTransport(o => o.ChannelCapacity = 0));
}
