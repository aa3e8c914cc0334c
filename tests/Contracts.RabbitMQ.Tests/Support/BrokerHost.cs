using Contracts.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Contracts.RabbitMQ.Tests;

/// <summary>
/// A real host wired by the generated <c>AddContracts()</c> and <c>UseRabbitMq</c>, as a user's service is. Each test
/// gets its own exchange and queue prefix (a <see cref="Scope"/>), so tests never see each other's messages.
/// </summary>
internal sealed class BrokerHost : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private BrokerHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public RabbitMqTransport Transport => Services.GetRequiredService<RabbitMqTransport>();

    public Inbox Inbox => Services.GetRequiredService<Inbox>();

    public TestPublisher Publisher => Services.GetRequiredService<TestPublisher>();

    public static async Task<BrokerHost> StartAsync(Scope scope, Action<RabbitMqOptions>? configure = null, Action<ContractsBuilder>? services = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = "contracts-tests" });
        builder.Services.AddSingleton<Inbox>();
        var contracts = builder.Services.AddContracts().UseRabbitMq(options =>
        {
            scope.Apply(options);
            options.RetryDelay = TimeSpan.FromMilliseconds(200);
            configure?.Invoke(options);
        });
        services?.Invoke(contracts);
        var host = builder.Build();
        await host.StartAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return new BrokerHost(host);
    }

    /// <summary>Stops the host: subscriptions end after their in-flight messages finish.</summary>
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
