using System.Text;
using System.Text.Json;
using Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Shop;

/// <summary>
/// `-- --record sent.jsonl`: every message the fleet hands to its transport, one JSON line each
/// (<c>{"headers": {...}, "body": {...}}</c>, the body as it went on the wire), so that tools of other languages can be
/// checked against what the fleet really sent (tests/Contracts.Interop.Tests validates them with ajv).
/// </summary>
internal static class PublishRecorder
{
    /// <summary>Wraps the registered transport; call it after the transport is chosen.</summary>
    public static void RecordPublished(this IServiceCollection services, string path)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IMessageTransport));
        services.Remove(registered);
        // Created by the container, so that disposing the host flushes and closes the file.
        services.AddSingleton(_ => new Recording(path));
        services.AddSingleton<IMessageTransport>(sp => new RecordingTransport(Resolve(registered, sp), sp.GetRequiredService<Recording>()));
    }

    private static IMessageTransport Resolve(ServiceDescriptor registered, IServiceProvider services)
        => (IMessageTransport)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, registered.ImplementationType!));

    private sealed class RecordingTransport(IMessageTransport inner, Recording recording) : IMessageTransport
    {
        public async ValueTask PublishAsync(TransportMessage message, CancellationToken cancellationToken)
        {
            await inner.PublishAsync(message, cancellationToken);
            recording.Add(message);
        }

        public ValueTask<IAsyncDisposable> SubscribeAsync(Subscription subscription, TransportMessageHandler handler, CancellationToken cancellationToken)
            => inner.SubscribeAsync(subscription, handler, cancellationToken);
    }

    /// <summary>The file, written a line at a time; lines of concurrent publishes never interleave.</summary>
    private sealed class Recording(string path) : IDisposable
    {
        private readonly StreamWriter _file = new(path, append: false, new UTF8Encoding(false));

        public void Add(TransportMessage message)
        {
            var line = new StringBuilder("{\"headers\":")
                .Append(JsonSerializer.Serialize(message.Headers.ToDictionary(h => h.Key, h => h.Value)))
                .Append(",\"body\":")
                .Append(Encoding.UTF8.GetString(message.Body.Span))
                .Append('}')
                .ToString();
            lock (_file)
            {
                _file.WriteLine(line);
            }
        }

        public void Dispose()
        {
            lock (_file)
            {
                _file.Dispose();
            }
        }
    }
}
