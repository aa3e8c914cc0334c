using System;
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
        var connection = await OpenWithRetryAsync(Factory(recover: true), _name + " (consume)", cancellationToken).ConfigureAwait(false);
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
        => Factory(recover: false).CreateConnectionAsync(_name + " (publish)", cancellationToken);

    private async Task<IConnection> OpenWithRetryAsync(ConnectionFactory factory, string name, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await factory.CreateConnectionAsync(name, cancellationToken).ConfigureAwait(false);
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
