using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using Contracts.Diagnostics;

namespace Contracts.PostgreSql;

/// <summary>
/// The outbox's depth as gauges on <see cref="ContractsTelemetry.Meter"/>, one series per outbox schema. The relay
/// service samples the depth (one count query) every <see cref="PostgreSqlOutboxOptions.DepthSampleInterval"/>; the
/// gauges report the last sample, so a collector's scrape never waits for the database.
/// </summary>
internal static class OutboxMetrics
{
    /// <summary>Committed messages not yet published: grows while the broker is down.</summary>
    public const string WaitingName = "contracts.outbox.messages.waiting";

    /// <summary>Rows the transport rejected for good (kept, not retried).</summary>
    public const string FailedName = "contracts.outbox.messages.failed";

    /// <summary>How long the oldest waiting message has waited; 0 when none waits.</summary>
    public const string OldestAgeName = "contracts.outbox.oldest_waiting.age";

    /// <summary>The tag that tells outboxes apart: their PostgreSQL schema.</summary>
    public const string SchemaTag = "contracts.outbox.schema";

    private static readonly ConcurrentDictionary<OutboxDepthSample, byte> Live = new();

    static OutboxMetrics()
    {
        ContractsTelemetry.Meter.CreateObservableGauge(WaitingName, () => Observe(depth => depth.Waiting), "{message}", "Committed messages waiting in the outbox.");
        ContractsTelemetry.Meter.CreateObservableGauge(FailedName, () => Observe(depth => depth.Failed), "{message}", "Outbox rows the transport rejected for good.");
        ContractsTelemetry.Meter.CreateObservableGauge(OldestAgeName, ObserveAge, "s", "Age of the oldest message waiting in the outbox.");
    }

    /// <summary>Starts reporting the depth of the outbox in <paramref name="schema"/>; dispose the sample to stop.</summary>
    public static OutboxDepthSample Track(string schema)
    {
        var sample = new OutboxDepthSample(schema, s => Live.TryRemove(s, out _));
        Live.TryAdd(sample, 0);
        return sample;
    }

    private static IEnumerable<Measurement<long>> Observe(Func<OutboxDepth, long> value)
        => Sampled().Select(s => new Measurement<long>(value(s.Depth), new KeyValuePair<string, object?>(SchemaTag, s.Schema)));

    private static IEnumerable<Measurement<double>> ObserveAge()
        => Sampled().Select(s => new Measurement<double>(
            s.Depth.OldestWaitingSince is { } since ? Math.Max(0, (DateTimeOffset.UtcNow - since).TotalSeconds) : 0,
            new KeyValuePair<string, object?>(SchemaTag, s.Schema)));

    private static IEnumerable<(string Schema, OutboxDepth Depth)> Sampled()
        => Live.Keys.Select(s => (s.Schema, Depth: s.Last)).Where(s => s.Depth is not null).Select(s => (s.Schema, s.Depth!.Value));
}

/// <summary>The last depth sampled for one outbox; reported by <see cref="OutboxMetrics"/> until disposed.</summary>
internal sealed class OutboxDepthSample(string schema, Action<OutboxDepthSample> remove) : IDisposable
{
    private readonly object _gate = new();
    private OutboxDepth? _last;

    public string Schema { get; } = schema;

    public OutboxDepth? Last
    {
        get
        {
            lock (_gate)
            {
                return _last;
            }
        }
    }

    public void Record(OutboxDepth depth)
    {
        lock (_gate)
        {
            _last = depth;
        }
    }

    public void Dispose() => remove(this);
}
