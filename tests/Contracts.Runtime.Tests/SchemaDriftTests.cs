using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Contracts.Diagnostics;
using Contracts.Drift;
using Contracts.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Contracts.Runtime.Tests;

/// <summary>
/// Drift at run time, through the seam the generator will fill: a dispatcher whose <see cref="Subscription.CheckedSchemas"/>
/// lists the producer fingerprints its build checked. What arrives from any other schema (or with none) is counted,
/// logged once per schema and producer, and in strict mode dead-lettered with the reason.
/// </summary>
public sealed class SchemaDriftTests
{
    private const string Checked = "0f1e2d3c"; // TestOrder's own fingerprint: what the sender writes
    private const string Unchecked = "deadbeef";

    [Fact]
    public async Task Messages_from_unchecked_schemas_are_counted_and_logged_once_per_schema_and_producer_and_still_handled()
    {
        await using var run = await Run.StartAsync(SchemaDriftMode.Report);

        await run.Sender.SendAsync(TestOrder.Sample(), null, CancellationToken.None);
        for (var i = 0; i < 3; i++)
        {
            await run.PublishAsync(Unchecked, "legacy-billing");
        }

        await run.PublishAsync(Unchecked, "other-billing");
        await run.PublishAsync(fingerprint: null, producer: null);
        await run.PublishAsync(fingerprint: null, producer: null);
        await run.Transport.WhenIdleAsync().Safe();

        Assert.Equal(7, run.Observations.Consumed.Count);
        Assert.Equal(3, run.Unchecked.Count(Unchecked, "legacy-billing", "unknown_fingerprint"));
        Assert.Equal(1, run.Unchecked.Count(Unchecked, "other-billing", "unknown_fingerprint"));
        Assert.Equal(2, run.Unchecked.Count("none", "unknown", "no_fingerprint"));
        Assert.Equal(0, run.Unchecked.Count(Checked, "drift-tests", "unknown_fingerprint"));

        var warnings = run.Logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Message.Contains("was not checked", StringComparison.Ordinal)).Select(e => e.Message).ToArray();
        Assert.Equal(3, warnings.Length);
        Assert.Contains(warnings, w => w.StartsWith($"Message tests.order-placed@v1 with schema {Unchecked} from producer legacy-billing on endpoint drift-service", StringComparison.Ordinal)
            && w.Contains($"(checked: [{Checked}, aaaa1111])", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("with schema (none) from producer (unknown)", StringComparison.Ordinal));
        Assert.Empty(run.Transport.DeadLetters);
    }

    [Fact]
    public async Task In_strict_mode_a_message_from_an_unchecked_schema_is_dead_lettered_with_the_reason_and_not_handled()
    {
        await using var run = await Run.StartAsync(SchemaDriftMode.DeadLetter);

        await run.PublishAsync(Unchecked, "legacy-billing");
        await run.PublishAsync(fingerprint: null, producer: "legacy-billing");
        await run.Sender.SendAsync(TestOrder.Sample(), null, CancellationToken.None);
        await run.Transport.WhenIdleAsync().Safe();

        Assert.Equal([Checked], run.Observations.Consumed.Select(c => c.Context.SchemaFingerprint));
        var letters = run.Transport.DeadLetters;
        Assert.Equal(2, letters.Count);
        Assert.Equal(
            $"not retried: schema {Unchecked} of message tests.order-placed@v1 from producer 'legacy-billing' was not checked against this consumer at build time",
            letters[0].Reason);
        Assert.Equal(
            "not retried: message tests.order-placed@v1 from producer 'legacy-billing' carries no schema fingerprint, so no build checked it against this consumer",
            letters[1].Reason);
        var error = Assert.IsType<UncheckedSchemaException>(letters[0].Exception);
        Assert.Equal((Unchecked, "legacy-billing"), (error.Fingerprint, error.Producer));
        Assert.Equal(2, run.Unchecked.Total);
    }

    [Fact]
    public async Task A_subscription_that_does_not_say_what_its_build_checked_compares_nothing()
    {
        await using var run = await Run.StartAsync(SchemaDriftMode.DeadLetter, set: false);

        await run.PublishAsync(Unchecked, "legacy-billing");
        await run.Transport.WhenIdleAsync().Safe();

        Assert.Single(run.Observations.Consumed);
        Assert.Empty(run.Transport.DeadLetters);
        Assert.Equal(0, run.Unchecked.Total);
    }

    [Fact]
    public async Task The_sender_names_the_producing_service_by_the_hosts_application_name()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ApplicationName = "billing" });
        builder.Services.AddSingleton<Observations>();
        ContractsRuntime.AddRuntime(builder.Services);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IMessageDispatcher, HandWrittenDispatcher>());
        builder.Services.TryAddScoped<RecordingConsumer>();
        builder.Services.TryAddScoped<ScopeProbe>();
        using var host = builder.Build();
        await host.StartAsync().Safe();

        await host.Services.GetRequiredService<MessageSender>().SendAsync(TestOrder.Sample(), null, CancellationToken.None);
        await host.Services.GetRequiredService<InMemoryTransport>().WhenIdleAsync().Safe();
        await host.StopAsync().Safe();

        var context = Assert.Single(host.Services.GetRequiredService<Observations>().Consumed).Context;
        Assert.Equal("billing", context.Producer);
        Assert.Equal(Checked, context.SchemaFingerprint);
    }

    [Fact]
    public void A_checked_schema_set_answers_per_message_key()
    {
        var schemas = new CheckedSchemas([new("a", 1, "f1"), new("a", 1, "f2"), new("a", 2, "f3")]);

        Assert.True(schemas.Contains(new MessageKey("a", 1), "f2"));
        Assert.False(schemas.Contains(new MessageKey("a", 2), "f2"));
        Assert.False(schemas.Contains(new MessageKey("b", 1), "f1"));
        Assert.Equal(["f1", "f2"], schemas.For(new MessageKey("a", 1)).Order());
        Assert.Empty(schemas.For(new MessageKey("b", 1)));
        Assert.Throws<ArgumentException>(() => new CheckedSchemas([new("a", 1, "")]));
    }

    /// <summary>
    /// Stands in for the generated dispatcher once the generator fills the seam: the hand-written one, on its own
    /// endpoint, with the fingerprints "its build checked".
    /// </summary>
    private sealed class CheckedDispatcher(CheckedSchemas? checkedSchemas) : IMessageDispatcher
    {
        private readonly HandWrittenDispatcher _inner = new();

        public Subscription Subscription { get; } = new HandWrittenDispatcher().Subscription with { Endpoint = "drift-service", CheckedSchemas = checkedSchemas };

        public ValueTask DispatchAsync(TransportMessage message, MessageContext context, IServiceProvider services, CancellationToken cancellationToken)
            => _inner.DispatchAsync(message, context, services, cancellationToken);
    }

    private sealed class Run : IAsyncDisposable
    {
        private readonly ServiceProvider _provider;
        private readonly IHostedService[] _hosted;

        private Run(ServiceProvider provider, CapturingLoggerProvider logs)
        {
            _provider = provider;
            Logs = logs;
            _hosted = provider.GetServices<IHostedService>().ToArray();
        }

        public CapturingLoggerProvider Logs { get; }

        public UncheckedCounter Unchecked { get; } = new();

        public InMemoryTransport Transport => _provider.GetRequiredService<InMemoryTransport>();

        public MessageSender Sender => _provider.GetRequiredService<MessageSender>();

        public Observations Observations => _provider.GetRequiredService<Observations>();

        public static async Task<Run> StartAsync(SchemaDriftMode mode, bool set = true)
        {
            var logs = new CapturingLoggerProvider();
            var services = new ServiceCollection();
            services.AddLogging(logging => logging.AddProvider(logs));
            services.AddSingleton<Observations>();
            ContractsRuntime.AddRuntime(services).OnSchemaDrift(mode);
            services.AddSingleton<IMessageDispatcher>(new CheckedDispatcher(set ? new([new(TestOrder.Key.Name, 1, Checked), new(TestOrder.Key.Name, 1, "aaaa1111")]) : null));
            services.TryAddScoped<RecordingConsumer>();
            services.TryAddScoped<ScopeProbe>();
            services.Replace(ServiceDescriptor.Singleton(sp => new MessageSender(sp.GetRequiredService<IMessageTransport>(), "drift-tests")));
            var run = new Run(services.BuildServiceProvider(), logs);
            foreach (var hosted in run._hosted)
            {
                await hosted.StartAsync(CancellationToken.None).Safe();
            }

            return run;
        }

        /// <summary>A producer built against another schema: the same body, its own fingerprint (or none) and name.</summary>
        public ValueTask PublishAsync(string? fingerprint, string? producer)
        {
            var message = TestSupport.Envelope(TestOrder.Key, body: System.Text.Encoding.UTF8.GetString(Contracts.Serialization.ContractSerializer.SerializeToUtf8Bytes(TestOrder.Sample())));
            var headers = (Dictionary<string, string>)message.Headers;
            if (fingerprint is not null)
            {
                headers[EnvelopeHeaders.SchemaFingerprint] = fingerprint;
            }

            if (producer is not null)
            {
                headers[EnvelopeHeaders.Producer] = producer;
            }

            return Transport.PublishAsync(message, CancellationToken.None);
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var hosted in _hosted)
            {
                await hosted.StopAsync(CancellationToken.None).Safe();
            }

            await _provider.DisposeAsync().Safe();
            Unchecked.Dispose();
        }
    }

    /// <summary>Reads contracts.messaging.unchecked_schema.messages for the drift-service endpoint only.</summary>
    private sealed class UncheckedCounter : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<(string Fingerprint, string Producer, string Check)> _seen = new();

        public UncheckedCounter()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ContractsTelemetry.SourceName && instrument.Name == MessagingMetrics.UncheckedSchemaName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                var found = new Dictionary<string, object?>();
                foreach (var tag in tags)
                {
                    found[tag.Key] = tag.Value;
                }

                if (Equals(found[MessagingAttributes.ConsumerGroup], "drift-service"))
                {
                    for (var i = 0; i < value; i++)
                    {
                        _seen.Enqueue(((string)found[MessagingAttributes.SchemaFingerprint]!, (string)found[MessagingAttributes.Producer]!, (string)found[MessagingAttributes.SchemaCheck]!));
                    }
                }
            });
            _listener.Start();
        }

        public int Total => _seen.Count;

        public int Count(string fingerprint, string producer, string check) => _seen.Count(s => s == (fingerprint, producer, check));

        public void Dispose() => _listener.Dispose();
    }
}
