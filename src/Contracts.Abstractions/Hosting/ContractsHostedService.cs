using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Contracts.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Contracts.Hosting;

/// <summary>
/// Subscribes every registered <see cref="IMessageDispatcher"/> to the transport while the host runs, and turns each
/// delivery into one DI scope, one consume span and one dispatch.
/// </summary>
internal sealed class ContractsHostedService : IHostedService
{
    private readonly IMessageDispatcher[] _dispatchers;
    private readonly IMessageTransport _transport;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger _logger;
    private readonly List<IAsyncDisposable> _subscriptions = [];

    // The logger is optional so a bare ServiceCollection without AddLogging() still runs.
    public ContractsHostedService(
        IEnumerable<IMessageDispatcher> dispatchers,
        IMessageTransport transport,
        IServiceScopeFactory scopes,
        ILogger<ContractsHostedService>? logger = null)
    {
        _dispatchers = dispatchers.ToArray();
        _transport = transport;
        _scopes = scopes;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var dispatcher in _dispatchers)
            {
                var subscription = dispatcher.Subscription;
                var handle = await _transport.SubscribeAsync(
                    subscription,
                    (message, redeliveryCount, token) => HandleAsync(dispatcher, message, redeliveryCount, token),
                    cancellationToken).ConfigureAwait(false);
                _subscriptions.Add(handle);
                Log.Subscribed(_logger, subscription.Endpoint, subscription.Messages.Count);
            }
        }
        catch
        {
            // A half-started service would consume some endpoints and not others: undo what did start.
            await UnsubscribeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
        => UnsubscribeAsync().WaitAsync(cancellationToken); // the token ends the wait, not in-flight messages

    private async Task UnsubscribeAsync()
    {
        var subscriptions = _subscriptions.ToArray();
        _subscriptions.Clear();
        await Task.WhenAll(subscriptions.Select(s => s.DisposeAsync().AsTask())).ConfigureAwait(false);
    }

    private async ValueTask HandleAsync(IMessageDispatcher dispatcher, TransportMessage message, int redeliveryCount, CancellationToken cancellationToken)
    {
        var endpoint = dispatcher.Subscription.Endpoint;
        MessageContext context;
        try
        {
            context = Envelope.ReadContext(message, redeliveryCount);
        }
        catch (MessageFormatException exception)
        {
            var id = message.Headers.TryGetValue(EnvelopeHeaders.MessageId, out var value) ? value : "(none)";
            Log.InvalidEnvelope(_logger, exception, id, endpoint);
            throw;
        }

        using var activity = StartConsumeActivity(context, endpoint);
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            await dispatcher.DispatchAsync(message, context, scope.ServiceProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            activity?.SetStatus(ActivityStatusCode.Error, exception.Message);
            if (exception is MessageFormatException or UnknownMessageException)
            {
                Log.Unhandleable(_logger, exception, context.MessageId, context.Key, endpoint);
            }
            else
            {
                Log.ConsumerFailed(_logger, exception, context.MessageId, context.Key, endpoint, redeliveryCount);
            }

            throw;
        }
    }

    // Continues the publisher's trace when the envelope carries one, so publish and consume show as one trace.
    private static Activity? StartConsumeActivity(MessageContext context, string endpoint)
    {
        // Without a listener StartActivity returns null anyway: skip building the name and parsing the traceparent.
        if (!MessageSender.ActivitySource.HasListeners())
        {
            return null;
        }

        var name = "consume " + context.MessageName;
        var activity = context.TraceParent is { } traceParent && ActivityContext.TryParse(traceParent, null, out var parent)
            ? MessageSender.ActivitySource.StartActivity(name, ActivityKind.Consumer, parent)
            : MessageSender.ActivitySource.StartActivity(name, ActivityKind.Consumer);
        activity?.SetTag("messaging.system", "contracts");
        activity?.SetTag("messaging.destination.name", context.MessageName);
        activity?.SetTag("messaging.consumer.group.name", endpoint);
        activity?.SetTag("messaging.message.id", context.MessageId);
        return activity;
    }
}
