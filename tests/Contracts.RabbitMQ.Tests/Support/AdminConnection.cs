using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Contracts.RabbitMQ.Tests;

/// <summary>
/// The tests' own AMQP connection, for looking at and cleaning up what the transport declared. It survives the faults
/// the tests inject: when the broker (or the cluster node it was on) was killed, the next call opens a fresh
/// connection — to any node that answers — and runs again, instead of failing on a channel the kill closed. It does
/// not use the client's automatic recovery, whose timing (a retry every few seconds) would decide whether cleanup works.
/// </summary>
internal sealed class AdminConnection(BrokerTarget target) : IAsyncDisposable
{
    private static readonly TimeSpan ReconnectFor = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;
    private IChannel? _channel;

    /// <summary>An open channel (confirms on), reopened after a fault. Prefer <see cref="RunAsync{T}"/>, which also retries.</summary>
    public async Task<IChannel> ChannelAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_channel is { IsOpen: true } open)
            {
                return open;
            }

            var deadline = DateTime.UtcNow + ReconnectFor;
            while (true)
            {
                try
                {
                    await CloseAsync();
                    _connection = await target.Factory(automaticRecovery: false).CreateConnectionAsync(target.Endpoints, "contracts-tests-admin");
                    _channel = await _connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
                    return _channel;
                }
                catch (BrokerUnreachableException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(250);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="operation"/> on an open channel. When the connection was lost under it (a killed node), it
    /// runs again on a fresh one; an error the broker reports on a live connection (404, 406) is the test's to see.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<IChannel, Task<T>> operation)
    {
        var deadline = DateTime.UtcNow + ReconnectFor;
        while (true)
        {
            var channel = await ChannelAsync();
            try
            {
                return await operation(channel);
            }
            catch (Exception exception) when (ConnectionLost(exception) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    public Task RunAsync(Func<IChannel, Task> operation) => RunAsync(async channel =>
    {
        await operation(channel);
        return true;
    });

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            await CloseAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    // A kill shows as a closed connection (or a socket error not yet noticed as one); a channel the broker closed for
    // an error leaves the connection open.
    private bool ConnectionLost(Exception exception) => _connection is not { IsOpen: true } || exception is IOException;

    private async Task CloseAsync()
    {
        var (channel, connection) = (_channel, _connection);
        (_channel, _connection) = (null, null);
        try
        {
            if (channel is not null)
            {
                await channel.DisposeAsync();
            }

            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
        catch (Exception)
        {
            // What a kill broke may throw on close; it is being replaced anyway.
        }
    }
}
