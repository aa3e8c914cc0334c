using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace Contracts.RabbitMQ;

/// <summary>
/// Matches the broker's publisher confirms to the publishes of one channel. RabbitMQ.Client can do this itself
/// (publisherConfirmationTrackingEnabled), but then it writes its sequence number into every message as the header
/// <c>x-dotnet-pub-seq-no</c>, which reaches every consumer, in every language, as part of the wire. Here the sequence
/// number stays in the publisher: it is taken just before the message is written, under a lock so no other publish
/// can take it in between, and the confirm with that delivery tag (or a later one with <c>multiple</c>) settles it.
/// </summary>
internal sealed class PublishConfirms
{
    private readonly ConcurrentDictionary<ulong, TaskCompletionSource> _pending = new();
    private readonly SemaphoreSlim _send = new(1, 1);

    private PublishConfirms()
    {
    }

    /// <summary>Follows the confirms of <paramref name="channel"/>, which must have publisher confirms enabled and tracking disabled.</summary>
    public static PublishConfirms Follow(IChannel channel)
    {
        var confirms = new PublishConfirms();
        channel.BasicAcksAsync += (_, e) => confirms.SettleAsync(e.DeliveryTag, e.Multiple, refused: false);
        channel.BasicNacksAsync += (_, e) => confirms.SettleAsync(e.DeliveryTag, e.Multiple, refused: true);
        channel.ChannelShutdownAsync += (_, e) => confirms.FailAllAsync(new AlreadyClosedException(e));
        return confirms;
    }

    /// <summary>Publishes and completes when the broker confirmed the message; throws <see cref="PublishException"/> when it refused it.</summary>
    public async Task PublishAsync(IChannel channel, string exchange, string routingKey, BasicProperties properties, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        Task confirmed;
        await _send.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var sequenceNumber = await channel.GetNextPublishSequenceNumberAsync(cancellationToken).ConfigureAwait(false);
            var confirm = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending[sequenceNumber] = confirm;
            try
            {
                await channel.BasicPublishAsync(exchange, routingKey, mandatory: false, properties, body, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                _pending.TryRemove(sequenceNumber, out _);
                throw;
            }

            confirmed = confirm.Task;
        }
        finally
        {
            _send.Release();
        }

        await confirmed.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task SettleAsync(ulong deliveryTag, bool multiple, bool refused)
    {
        foreach (var sequenceNumber in multiple ? _pending.Keys : [deliveryTag])
        {
            if (sequenceNumber <= deliveryTag && _pending.TryRemove(sequenceNumber, out var confirm))
            {
                if (refused)
                {
                    confirm.TrySetException(new PublishException(sequenceNumber, isReturn: false));
                }
                else
                {
                    confirm.TrySetResult();
                }
            }
        }

        return Task.CompletedTask;
    }

    // A channel that closes loses the confirms it still owed: those publishes are retried on a new channel.
    private Task FailAllAsync(Exception reason)
    {
        foreach (var sequenceNumber in _pending.Keys)
        {
            if (_pending.TryRemove(sequenceNumber, out var confirm))
            {
                confirm.TrySetException(reason);
            }
        }

        return Task.CompletedTask;
    }
}
