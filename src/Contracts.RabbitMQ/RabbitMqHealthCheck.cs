using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Contracts.RabbitMQ;

/// <summary>
/// The transport's health for Microsoft.Extensions.Diagnostics.HealthChecks: healthy when every subscribed endpoint
/// consumes (its connection and channel are open) and the broker accepts a publishing channel; otherwise the
/// registration's failure status, with what is wrong. Register it with
/// <c>services.AddHealthChecks().Add(RabbitMqHealthCheck.Registration())</c>.
/// </summary>
public sealed class RabbitMqHealthCheck : IHealthCheck
{
    private readonly RabbitMqTransport _transport;

    /// <summary>Checks <paramref name="transport"/>.</summary>
    public RabbitMqHealthCheck(RabbitMqTransport transport) => _transport = transport ?? throw new ArgumentNullException(nameof(transport));

    /// <summary>A registration that resolves the <see cref="RabbitMqTransport"/> of the service provider.</summary>
    /// <param name="name">The check's name (default <c>rabbitmq</c>).</param>
    /// <param name="failureStatus">What a failed check reports (default <see cref="HealthStatus.Unhealthy"/>).</param>
    /// <param name="tags">Tags to filter checks by, e.g. <c>ready</c>.</param>
    public static HealthCheckRegistration Registration(string name = "rabbitmq", HealthStatus? failureStatus = null, IEnumerable<string>? tags = null)
        => new(name, static sp => new RabbitMqHealthCheck(sp.GetRequiredService<RabbitMqTransport>()), failureStatus, tags);

    /// <inheritdoc/>
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var failure = context.Registration?.FailureStatus ?? HealthStatus.Unhealthy;
        var endpoints = _transport.Endpoints;
        var data = new Dictionary<string, object>
        {
            ["endpoints"] = endpoints.Length,
            ["published"] = _transport.PublishedCount,
            ["dead_lettered"] = _transport.DeadLetteredCount,
        };
        if (_transport.ConsumingNode is { } node)
        {
            data["consuming_node"] = node;
        }

        var stopped = Array.FindAll(endpoints, e => !e.IsOpen);
        if (stopped.Length > 0)
        {
            // The consuming connection recovers by itself; until it has, these endpoints receive nothing.
            return new HealthCheckResult(failure, $"{stopped.Length} of {endpoints.Length} endpoint(s) are not consuming (connection lost, recovering): {string.Join(", ", Array.ConvertAll(stopped, e => e.Queue))}", data: data);
        }

        try
        {
            data["publishing_node"] = await _transport.Publisher.ConnectedNodeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(failure, "the broker does not accept a publishing channel: " + exception.Message, exception, data);
        }

        return HealthCheckResult.Healthy($"{endpoints.Length} endpoint(s) consuming; publishing channel open", data);
    }
}
