using System;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;

namespace Contracts.Hosting;

/// <summary>
/// Routes an incoming message of one service to that service's consumers. The generator writes one per compilation
/// (a switch over name and version, no reflection); the hosted service subscribes each to the transport.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IMessageDispatcher
{
    /// <summary>The service's endpoint and the message keys it consumes.</summary>
    Subscription Subscription { get; }

    /// <summary>Deserializes the body as the consumer's view and calls each consumer of it in turn.</summary>
    /// <exception cref="Serialization.MessageFormatException">The body cannot be read as the contract.</exception>
    /// <exception cref="UnknownMessageException">No consumer of this service handles the name and version.</exception>
    ValueTask DispatchAsync(TransportMessage message, MessageContext context, IServiceProvider services, CancellationToken cancellationToken);
}
