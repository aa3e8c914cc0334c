using System.Net;
using System.Net.Sockets;

namespace Contracts.PostgreSql.Tests;

/// <summary>
/// A loopback TCP forwarder between one client and the real broker, under the test's control: <see cref="GoDown"/>
/// cuts every connection and refuses new ones, as a broker that went away does, and <see cref="ComeBack"/> forwards
/// again. Other test projects share the broker in CI, so it is never stopped itself.
/// </summary>
internal sealed class TcpForwarder : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly DnsEndPoint _target;
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<TcpClient> _open = [];
    private readonly Task _accepting;
    private volatile bool _down;

    public TcpForwarder(string host, int port)
    {
        _target = new DnsEndPoint(host, port);
        _listener.Start();
        _accepting = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public void GoDown()
    {
        _down = true;
        lock (_open)
        {
            foreach (var client in _open)
            {
                client.Dispose();
            }

            _open.Clear();
        }
    }

    public void ComeBack() => _down = false;

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        GoDown();
        await _accepting.ContinueWith(_ => { });
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            if (_down)
            {
                // Accepted and closed at once: the client sees its connection fail, like a refused one.
                client.Dispose();
                continue;
            }

            _ = Task.Run(() => ForwardAsync(client));
        }
    }

    private async Task ForwardAsync(TcpClient client)
    {
        var upstream = new TcpClient();
        try
        {
            await upstream.ConnectAsync(_target.Host, _target.Port, _stopping.Token);
            lock (_open)
            {
                _open.Add(client);
                _open.Add(upstream);
            }

            using var done = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            var up = client.GetStream().CopyToAsync(upstream.GetStream(), done.Token);
            var down = upstream.GetStream().CopyToAsync(client.GetStream(), done.Token);
            await Task.WhenAny(up, down);
            await done.CancelAsync();
        }
        catch (Exception)
        {
            // A cut connection ends with an error on either side; closing both is all there is to do.
        }
        finally
        {
            client.Dispose();
            upstream.Dispose();
        }
    }
}
