using System.Threading;
using System.Threading.Tasks;

namespace Contracts;

/// <summary>
/// Handles one message type. Implementations are found at compile time and registered by the generated
/// <c>AddContracts()</c>; no assembly scanning happens at run time.
/// </summary>
/// <typeparam name="TMessage">A type marked with <see cref="MessageAttribute"/>: the producer's record or the consumer's own view of it.</typeparam>
public interface IConsumer<in TMessage>
{
    /// <summary>
    /// Handles one message. Completing normally acknowledges it; throwing makes the transport retry it and, after the
    /// configured retries, dead-letter it with the exception as the reason.
    /// </summary>
    ValueTask ConsumeAsync(TMessage message, MessageContext context, CancellationToken cancellationToken);
}
