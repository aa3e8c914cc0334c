using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Contracts.Diagnostics;
using Contracts.Drift;
using Contracts.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Contracts.Hosting;

/// <summary>
/// Subscribes every registered <see cref="IMessageDispatcher"/> to the transport while the host runs, and turns each
/// delivery into one drift check, one DI scope, one process span and one dispatch, measured when something listens.
/// </summary>
internal sealed class ContractsHostedService : IHostedService
{
    private readonly IMessageDispatcher[] _dispatchers;
    private readonly IMessageTransport _transport;
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger _logger;
    private readonly string _system;
    private readonly SchemaDriftDetector _drift;
    private readonly List<IAsyncDisposable> _subscriptions = [];

    // The logger is optional so a bare ServiceCollection without AddLogging() still runs.
    public ContractsHostedService(
        IEnumerable<IMessageDispatcher> dispatchers,
        IMessageTransport transport,
        IServiceScopeFactory scopes,
        ILogger<ContractsHostedService>? logger = null,
        SchemaDriftOptions? drift = null)
    {
        _dispatchers = dispatchers.ToArray();
        _transport = transport;
        _scopes = scopes;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _system = transport.MessagingSystem;
        _drift = new SchemaDriftDetector(drift?.Mode ?? SchemaDriftMode.Report, _logger);
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
        var subscription = dispatcher.Subscription;
        var endpoint = subscription.Endpoint;
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

        var measured = MessagingMetrics.ProcessObserved;
        var started = measured ? Stopwatch.GetTimestamp() : 0;
        if (measured)
        {
            MessagingMetrics.HandlerStarted(_system, endpoint, context.Key);
        }

        using var activity = StartProcessActivity(context, endpoint, message);
        Exception? error = null;
        try
        {
            _drift.Check(subscription, context);
            await using var scope = _scopes.CreateAsyncScope();
            await dispatcher.DispatchAsync(message, context, scope.ServiceProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            error = exception;
            SpanTags.Failed(activity, exception);
            if (DeliveryFailure.IsPermanent(exception))
            {
                Log.Unhandleable(_logger, exception, context.MessageId, context.Key, endpoint);
            }
            else
            {
                Log.ConsumerFailed(_logger, exception, context.MessageId, context.Key, endpoint, redeliveryCount);
            }

            throw;
        }
        finally
        {
            if (measured)
            {
                MessagingMetrics.HandlerEnded(_system, endpoint, context.Key, started, error);
            }
        }
    }

    // Continues the publisher's trace when the envelope carries one, so publish and process show as one trace across
    // services: the process span is a child of the publish span whose id the traceparent header holds.
    private Activity? StartProcessActivity(MessageContext context, string endpoint, TransportMessage message)
    {
        // Without a listener StartActivity returns null anyway: skip building the name and parsing the traceparent.
        if (!MessageSender.ActivitySource.HasListeners())
        {
            return null;
        }

        var name = "process " + context.MessageName;
        var activity = context.TraceParent is { } traceParent && ActivityContext.TryParse(traceParent, null, out var parent)
            ? MessageSender.ActivitySource.StartActivity(name, ActivityKind.Consumer, parent)
            : MessageSender.ActivitySource.StartActivity(name, ActivityKind.Consumer);
        if (activity is { IsAllDataRequested: true })
        {
            SpanTags.Process(activity, _system, endpoint, context, message);
        }

        return activity;
    }
}
