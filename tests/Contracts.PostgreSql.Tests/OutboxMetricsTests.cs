using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Contracts.Hosting;

namespace Contracts.PostgreSql.Tests;

/// <summary>The outbox's depth reaches a metrics collector: what waits, what failed, and for how long, per outbox schema.</summary>
public sealed class OutboxMetricsTests
{
    [SkippableFact]
    public async Task The_depth_gauges_report_what_waits_while_the_transport_is_away_and_stop_with_the_host()
    {
        await using var schema = await TestSchema.CreateAsync();
        await using var host = await OutboxHost.StartAsync(
            schema,
            options => options.DepthSampleInterval = TimeSpan.FromMilliseconds(100),
            transport: contracts => contracts.UseTransport(_ => new UnreachableTransport()));
        using var gauges = new OutboxGauges(schema.Name);

        for (var number = 1; number <= 3; number++)
        {
            await host.CommitAsync(number);
        }

        await Eventually.TrueAsync(() => gauges.Read("contracts.outbox.messages.waiting") == 3, "the waiting gauge to count the 3 committed messages");
        Assert.Equal(0, gauges.Read("contracts.outbox.messages.failed"));
        await Eventually.TrueAsync(() => gauges.Read("contracts.outbox.oldest_waiting.age") > 0, "the oldest message's age to show");

        await host.StopAsync();
        Assert.Null(gauges.Read("contracts.outbox.messages.waiting"));
    }

    /// <summary>A transport whose broker never answers: every publish fails, so committed rows stay in the outbox.</summary>
    private sealed class UnreachableTransport : IMessageTransport
    {
        public ValueTask PublishAsync(TransportMessage message, CancellationToken cancellationToken)
            => ValueTask.FromException(new InvalidOperationException("the broker is unreachable"));

        public ValueTask<IAsyncDisposable> SubscribeAsync(Subscription subscription, TransportMessageHandler handler, CancellationToken cancellationToken)
            => ValueTask.FromResult<IAsyncDisposable>(new Unsubscribed());

        private sealed class Unsubscribed : IAsyncDisposable
        {
            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }

    /// <summary>Reads the outbox gauges of one schema as a collector would: each read is one collection.</summary>
    private sealed class OutboxGauges : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<string, double> _values = new();
        private readonly string _schema;

        public OutboxGauges(string schema)
        {
            _schema = schema;
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "Contracts" && instrument.Name.StartsWith("contracts.outbox.", StringComparison.Ordinal))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
            _listener.Start();
        }

        public double? Read(string name)
        {
            _values.Clear();
            _listener.RecordObservableInstruments();
            return _values.TryGetValue(name, out var value) ? value : null;
        }

        public void Dispose() => _listener.Dispose();

        private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "contracts.outbox.schema" && (string?)tag.Value == _schema)
                {
                    _values[instrument.Name] = value;
                }
            }
        }
    }
}
