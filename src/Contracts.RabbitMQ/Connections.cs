using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Contracts.RabbitMQ;

/// <summary>
/// Opens the transport's two connections. Publishing and consuming use separate connections because the broker's
/// flow control blocks a whole connection that publishes too fast, and that must not stall acknowledgements.
/// </summary>
internal sealed class Connections(RabbitMqOptions options, ILogger logger)
{
    private readonly string _name = options.ClientName ?? Process.GetCurrentProcess().ProcessName;

    /// <summary>
    /// The consuming connection recovers by itself and re-declares what was declared on it (queues, bindings,
    /// consumers), so endpoints keep consuming after a broker restart without any code of ours.
    /// </summary>
    public async Task<IConnection> OpenConsumingAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenWithRetryAsync(_name + " (consume)", cancellationToken).ConfigureAwait(false);
        connection.ConnectionShutdownAsync += (_, e) =>
        {
            if (e.Initiator != ShutdownInitiator.Application)
            {
                Log.ConnectionLost(logger, connection.ClientProvidedName ?? "consume", e.ReplyText);
            }

            return Task.CompletedTask;
        };
        connection.RecoverySucceededAsync += (_, _) =>
        {
            Log.ConnectionRecovered(logger, connection.ClientProvidedName ?? "consume");
            return Task.CompletedTask;
        };
        return connection;
    }

    /// <summary>
    /// The publishing connection does not recover by itself: a publish that fails reopens it, so the publish that
    /// notices the outage is the one that waits for the broker (see <see cref="Publisher"/>).
    /// </summary>
    public Task<IConnection> OpenPublishingAsync(CancellationToken cancellationToken)
        => OpenAsync(recover: false, _name + " (publish)", cancellationToken);

    /// <summary>
    /// The nodes of <see cref="RabbitMqOptions.Endpoints"/>, with TLS when the connection string is <c>amqps</c>. The
    /// client tries them in random order, so instances spread over a cluster's nodes, and its recovery moves to another
    /// node when one goes away.
    /// </summary>
    internal static IList<AmqpTcpEndpoint> Nodes(RabbitMqOptions options)
    {
        var tls = new Uri(options.ConnectionString).Scheme == "amqps";
        var nodes = new List<AmqpTcpEndpoint>(options.Endpoints.Count);
        foreach (var endpoint in options.Endpoints)
        {
            var node = new Uri("amqp://" + endpoint);
            var port = node.IsDefaultPort || node.Port < 0 ? (tls ? 5671 : 5672) : node.Port;
            nodes.Add(new AmqpTcpEndpoint(node.Host, port, new SslOption(node.Host, enabled: tls)));
        }

        return nodes;
    }

    private Task<IConnection> OpenAsync(bool recover, string name, CancellationToken cancellationToken)
        => options.Endpoints.Count == 0
            ? Factory(recover).CreateConnectionAsync(name, cancellationToken)
            : Factory(recover).CreateConnectionAsync(Nodes(options), name, cancellationToken);

    private async Task<IConnection> OpenWithRetryAsync(string name, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await OpenAsync(recover: true, name, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && deadline.Elapsed < options.ConnectTimeout)
            {
                Log.ConnectFailed(logger, exception);
                await Task.Delay(Backoff.Of(attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private ConnectionFactory Factory(bool recover) => new()
    {
        Uri = new Uri(options.ConnectionString),
        AutomaticRecoveryEnabled = recover,
        TopologyRecoveryEnabled = recover,
        // The client's default of 5 s would leave consumers idle for seconds after a broker that restarted in one.
        NetworkRecoveryInterval = TimeSpan.FromSeconds(1),
        RequestedHeartbeat = TimeSpan.FromSeconds(10),
    };
}
