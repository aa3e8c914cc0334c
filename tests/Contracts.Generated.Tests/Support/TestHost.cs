using Contracts.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Contracts.Generated.Tests;

/// <summary>
/// A real host wired only by the generated <c>AddContracts()</c>, on the in-memory transport: what a user's service
/// does at startup. One per test, so counters, dead letters and the inbox belong to that test alone.
/// </summary>
internal sealed class TestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private TestHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public InMemoryTransport Transport => Services.GetRequiredService<InMemoryTransport>();

    public Inbox Inbox => Services.GetRequiredService<Inbox>();

    public TestPublisher Publisher => Services.GetRequiredService<TestPublisher>();

    public static async Task<TestHost> StartAsync(int maxRetries = 3)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<Inbox>();
        builder.Services.AddContracts().UseInMemoryTransport(options => options.MaxRetries = maxRetries);
        var host = builder.Build();
        await host.StartAsync().Safe();
        return new TestHost(host);
    }

    /// <summary>Waits until every message published so far was handled or dead-lettered.</summary>
    public Task IdleAsync() => Transport.WhenIdleAsync().Safe();

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().Safe();
        _host.Dispose();
    }
}
