using System.Diagnostics;
using Contracts.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Contracts.RabbitMQ.Tests;

/// <summary>
/// Spans and metrics over a real broker, read the way operators read them: through OpenTelemetry's SDK (its in-memory
/// exporter) listening to the Contracts source and meter. Also the transport's health check.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class TelemetryTests
{
    [SkippableFact]
    public async Task Publish_and_process_spans_follow_the_messaging_conventions_and_share_one_trace()
    {
        var spans = new List<Activity>();
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource(ContractsTelemetry.SourceName, "Contracts.RabbitMQ.Tests").AddInMemoryExporter(spans).Build();
        await using var scope = await Scope.CreateAsync();
        await using var host = await BrokerHost.StartAsync(scope);

        using (var checkout = new ActivitySource("Contracts.RabbitMQ.Tests").StartActivity("checkout"))
        {
            await host.Publisher.PublishAsync(new Tick(1), new PublishOptions { MessageId = "traced-1" });
        }

        await Eventually.TrueAsync(() => host.Transport.DeliveredCount == 1, "the tick to be handled");
        await Eventually.TrueAsync(() => { tracing.ForceFlush(); lock (spans) { return spans.Any(s => s.Kind == ActivityKind.Consumer); } }, "the process span");

        var publish = Assert.Single(spans, s => s.Kind == ActivityKind.Producer);
        var process = Assert.Single(spans, s => s.Kind == ActivityKind.Consumer);
        Assert.Equal("publish tests.tick", publish.DisplayName);
        Assert.Equal("process tests.tick", process.DisplayName);
        Assert.Equal(publish.TraceId, process.TraceId);
        Assert.Equal(publish.SpanId, process.ParentSpanId);
        foreach (var (span, type, name) in new[] { (publish, "send", "publish"), (process, "process", "process") })
        {
            Assert.Equal("rabbitmq", span.GetTagItem("messaging.system"));
            Assert.Equal(type, span.GetTagItem("messaging.operation.type"));
            Assert.Equal(name, span.GetTagItem("messaging.operation.name"));
            Assert.Equal("tests.tick", span.GetTagItem("messaging.destination.name"));
            Assert.Equal("traced-1", span.GetTagItem("messaging.message.id"));
            Assert.True(span.GetTagItem("messaging.message.body.size") is int size && size > 0);
        }

        Assert.Equal(Scope.Endpoint, process.GetTagItem("messaging.consumer.group.name"));
    }

    [SkippableFact]
    public async Task Metrics_count_published_consumed_failed_retried_and_dead_lettered_messages_and_time_handlers()
    {
        var metrics = new List<Metric>();
        using var meters = Sdk.CreateMeterProviderBuilder().AddMeter(ContractsTelemetry.SourceName).AddInMemoryExporter(metrics).Build();
        await using var scope = await Scope.CreateAsync();
        await using var host = await BrokerHost.StartAsync(scope, o => o.MaxRetries = 1);

        await host.Publisher.PublishAsync(new FlakyJob("ok", FailTimes: 0));
        await host.Publisher.PublishAsync(new FlakyJob("doomed", FailTimes: int.MaxValue));
        await scope.WaitForDeadLettersAsync(1);
        await Eventually.TrueAsync(() => host.Transport.DeliveredCount == 1, "the good job");
        meters.ForceFlush();

        long Sum(string name, params (string Key, object Value)[] where) => metrics.Where(m => m.Name == name)
            .SelectMany(Points).Where(p => where.All(w => Tag(p, w.Key) is { } v && v.Equals(w.Value))).Sum(p => p.GetSumLong());
        var job = ("messaging.destination.name", (object)"tests.flaky-job");
        Assert.Equal(2, Sum(MessagingMetrics.SentName, job, ("messaging.system", "rabbitmq"), ("messaging.operation.name", "publish")));
        Assert.Equal(3, Sum(MessagingMetrics.ConsumedName, job, ("messaging.consumer.group.name", Scope.Endpoint)));
        Assert.Equal(2, Sum(MessagingMetrics.FailedName, job, ("error.type", "System.InvalidOperationException")));
        Assert.Equal(1, Sum(MessagingMetrics.RetriedName, job));
        Assert.Equal(1, Sum(MessagingMetrics.DeadLetteredName, job, ("contracts.dead_letter.reason", "retries_exhausted")));
        Assert.Equal(0, Sum(MessagingMetrics.ActiveName, job));

        var handled = metrics.Where(m => m.Name == MessagingMetrics.ProcessDurationName).SelectMany(Points).Where(p => Equals(Tag(p, "messaging.destination.name"), "tests.flaky-job")).ToList();
        Assert.Equal(3, handled.Sum(p => p.GetHistogramCount()));
        Assert.Equal("s", metrics.First(m => m.Name == MessagingMetrics.ProcessDurationName).Unit);
        Assert.Equal(2, metrics.Where(m => m.Name == MessagingMetrics.PublishDurationName).SelectMany(Points)
            .Where(p => Equals(Tag(p, "messaging.destination.name"), "tests.flaky-job")).Sum(p => p.GetHistogramCount()));
    }

    [SkippableFact]
    public async Task The_health_check_is_healthy_while_consuming_and_reports_the_broker_going_away()
    {
        await using var scope = await Scope.CreateAsync();
        await using var host = await BrokerHost.StartAsync(scope);
        var check = new RabbitMqHealthCheck(host.Transport);
        var context = new HealthCheckContext { Registration = RabbitMqHealthCheck.Registration(failureStatus: HealthStatus.Degraded) };

        var healthy = await check.CheckHealthAsync(context);
        Assert.Equal(HealthStatus.Healthy, healthy.Status);
        Assert.Equal(1, healthy.Data["endpoints"]);
        Assert.Contains(Broker.Single.Nodes[0], (string)healthy.Data["consuming_node"], StringComparison.Ordinal);

        await host.StopAsync();
        var noEndpoint = await check.CheckHealthAsync(context);
        Assert.Equal(0, noEndpoint.Data["endpoints"]);

        // Registered through DI the usual way, against a broker that does not exist.
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddContracts().UseRabbitMq(o => o.ConnectionString = "amqp://guest:guest@127.0.0.1:5999/");
        services.AddHealthChecks().Add(RabbitMqHealthCheck.Registration());
        await using var provider = services.BuildServiceProvider();
        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, report.Entries["rabbitmq"].Status);
        Assert.StartsWith("the broker does not accept a publishing channel", report.Entries["rabbitmq"].Description, StringComparison.Ordinal);
    }

    private static IEnumerable<MetricPoint> Points(Metric metric)
    {
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            yield return point;
        }
    }

    private static object? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value;
            }
        }

        return null;
    }
}
