using System.Diagnostics;
using Contracts.Hosting;
using Contracts.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Contracts.Runtime.Tests;

/// <summary>The hosted service end to end over a real container: scopes, redeliveries, bad envelopes, tracing, logs.</summary>
public sealed class HostedServiceTests : IAsyncLifetime
{
    private readonly Observations _observations = new();
    private readonly CapturingLoggerProvider _logs = new();
    private ServiceProvider _provider = null!;
    private IHostedService[] _hosted = [];

    private InMemoryTransport Transport => _provider.GetRequiredService<InMemoryTransport>();

    private MessageSender Sender => _provider.GetRequiredService<MessageSender>();

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(_logs));
        services.AddSingleton(_observations);
        AddGeneratedRegistrations(services);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        _hosted = _provider.GetServices<IHostedService>().ToArray();
        foreach (var hosted in _hosted)
        {
            await hosted.StartAsync(CancellationToken.None).Safe();
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var hosted in _hosted)
        {
            await hosted.StopAsync(CancellationToken.None).Safe();
        }

        await _provider.DisposeAsync().Safe();
    }

    [Fact]
    public async Task Each_message_is_consumed_in_its_own_scope()
    {
        var first = TestOrder.Sample();
        var second = TestOrder.Sample();

        await Sender.SendAsync(first, new PublishOptions { MessageId = "m-1" }, CancellationToken.None);
        await Sender.SendAsync(second, new PublishOptions { MessageId = "m-2" }, CancellationToken.None);
        await Transport.WhenIdleAsync().Safe();

        var consumed = _observations.Consumed.ToArray();
        Assert.Equal([first.OrderId, second.OrderId], consumed.Select(c => c.Order.OrderId));
        Assert.Equal(["m-1", "m-2"], consumed.Select(c => c.Context.MessageId));
        Assert.All(consumed, c => Assert.Equal(TestOrder.Key, c.Context.Key));
        Assert.NotSame(consumed[0].Scope, consumed[1].Scope);
        Assert.All(consumed, c => Assert.True(c.Scope.Disposed));
    }

    [Fact]
    public async Task A_redelivered_message_shows_its_redelivery_count_and_gets_a_fresh_scope()
    {
        _observations.FailuresPerMessage = 2;

        await Sender.SendAsync(TestOrder.Sample(), new PublishOptions { MessageId = "m-1" }, CancellationToken.None);
        await Transport.WhenIdleAsync().Safe();

        var consumed = _observations.Consumed.ToArray();
        Assert.Equal([0, 1, 2], consumed.Select(c => c.Context.RedeliveryCount));
        Assert.Equal(3, consumed.Select(c => c.Scope).Distinct().Count());
        Assert.Empty(Transport.DeadLetters);
        var failures = _logs.Entries.Where(e => e.Level == LogLevel.Warning).ToArray();
        Assert.Equal(2, failures.Length);
        Assert.All(failures, e => Assert.Contains("m-1", e.Message, StringComparison.Ordinal));
        Assert.All(failures, e => Assert.IsType<InvalidOperationException>(e.Exception));
    }

    [Fact]
    public async Task An_invalid_envelope_is_dead_lettered_without_reaching_a_consumer()
    {
        var headers = new Dictionary<string, string>(TestSupport.Envelope(TestOrder.Key).Headers);
        headers.Remove(EnvelopeHeaders.MessageId);

        await Transport.PublishAsync(new TransportMessage(headers, "{}"u8.ToArray()), CancellationToken.None);
        await Transport.WhenIdleAsync().Safe();

        Assert.Empty(_observations.Consumed);
        var error = Assert.IsType<MessageFormatException>(Assert.Single(Transport.DeadLetters).Exception);
        Assert.Equal("$headers", error.Path);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error && e.Exception == error);
    }

    [Fact]
    public async Task An_unreadable_body_and_an_unhandled_version_are_dead_lettered_once_and_logged_with_the_id()
    {
        await Transport.PublishAsync(TestSupport.Envelope(TestOrder.Key, "bad-body", """{"orderId":7}"""), CancellationToken.None);
        await Transport.PublishAsync(TestSupport.Envelope(HandWrittenDispatcher.Unhandled, "v2"), CancellationToken.None);
        await Transport.WhenIdleAsync().Safe();

        var letters = Transport.DeadLetters;
        Assert.Equal("$.orderId", Assert.IsType<MessageFormatException>(letters[0].Exception).Path);
        Assert.IsType<UnknownMessageException>(letters[1].Exception);
        var errors = _logs.Entries.Where(e => e.Level == LogLevel.Error).Select(e => e.Message).ToArray();
        Assert.Equal(2, errors.Length);
        Assert.Contains("bad-body", errors[0], StringComparison.Ordinal);
        Assert.Contains("v2", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_process_span_continues_the_publishers_trace_with_the_messaging_conventions_attributes()
    {
        using var recorder = ActivityRecorder.Listen();
        using var parent = new ActivitySource("Contracts.Runtime.Tests.Hosting").StartActivity("checkout");

        await Sender.SendAsync(TestOrder.Sample(), new PublishOptions { MessageId = "traced" }, CancellationToken.None);
        await Transport.WhenIdleAsync().Safe();

        var publish = Assert.Single(recorder.Stopped, a => a.TraceId == parent!.TraceId && a.Kind == ActivityKind.Producer);
        var process = Assert.Single(recorder.Stopped, a => a.TraceId == parent!.TraceId && a.Kind == ActivityKind.Consumer);
        Assert.Equal(publish.SpanId, process.ParentSpanId);
        Assert.Equal("process tests.order-placed", process.OperationName);
        Assert.Equal("contracts", process.GetTagItem("messaging.system"));
        Assert.Equal("process", process.GetTagItem("messaging.operation.type"));
        Assert.Equal("tests.order-placed", process.GetTagItem("messaging.destination.name"));
        Assert.Equal("traced", process.GetTagItem("messaging.message.id"));
        Assert.Equal("orders-service", process.GetTagItem("messaging.consumer.group.name"));
        Assert.Equal("send", publish.GetTagItem("messaging.operation.type"));
        Assert.Equal("traced", publish.GetTagItem("messaging.message.id"));
    }

    [Fact]
    public async Task After_stopping_nothing_is_consumed()
    {
        foreach (var hosted in _hosted)
        {
            await hosted.StopAsync(CancellationToken.None).Safe();
        }

        await Sender.SendAsync(TestOrder.Sample(), options: null, CancellationToken.None);

        Assert.Equal(1, Transport.UnroutedCount);
        Assert.Empty(_observations.Consumed);
    }

    [Fact]
    public async Task Runs_inside_a_generic_host()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(new Observations());
        AddGeneratedRegistrations(builder.Services);
        using var host = builder.Build();

        await host.StartAsync().Safe();
        await host.Services.GetRequiredService<MessageSender>().SendAsync(TestOrder.Sample(), options: null, CancellationToken.None);
        await host.Services.GetRequiredService<InMemoryTransport>().WhenIdleAsync().Safe();
        await host.StopAsync().Safe();

        Assert.Single(host.Services.GetRequiredService<Observations>().Consumed);
    }

    // What the generated AddContracts() of a compilation does.
    private static void AddGeneratedRegistrations(IServiceCollection services)
    {
        ContractsRuntime.AddRuntime(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IMessageDispatcher, HandWrittenDispatcher>());
        services.TryAddScoped<RecordingConsumer>();
        services.TryAddScoped<ScopeProbe>();
    }
}
