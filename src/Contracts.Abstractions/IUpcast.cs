namespace Contracts;

/// <summary>
/// Converts a message of an older contract into the one this service's consumers handle, so that a consumer can move
/// to a new version while producers still send the old one. The generated dispatcher reads an incoming
/// <typeparamref name="TOld"/> with its own reader, converts it through this upcaster (and any further ones:
/// v1 → v2 → v3 chains work) and hands the result to the <typeparamref name="TNew"/> consumers. No reflection: the
/// upcaster is found at compile time and registered by the generated <c>AddContracts()</c> (scoped, like consumers,
/// so it may take dependencies).
/// </summary>
/// <typeparam name="TOld">The older <see cref="MessageAttribute"/> type, as this service reads it (its own view).</typeparam>
/// <typeparam name="TNew">The <see cref="MessageAttribute"/> type it becomes; usually the next version of the same message.</typeparam>
/// <example><code>
/// public sealed class PaymentV1ToV2 : IUpcast&lt;PaymentReceivedV1, PaymentReceived&gt;
/// {
///     public PaymentReceived Upcast(PaymentReceivedV1 message) =&gt; new(message.OrderId, message.Amount, Currency: "EUR");
/// }
/// </code></example>
/// <remarks>
/// The gates know about upcasters: the service's view of <typeparamref name="TOld"/> is recorded in its lock as a
/// message it consumes, so a producer that still sends only the old version satisfies the new consumer, and the
/// cross-service gate checks what that producer sends against the old view. Upcasters must not form a loop (CTR0022).
/// </remarks>
public interface IUpcast<in TOld, out TNew>
{
    /// <summary>
    /// Converts one message. Throwing is treated as a failure of every consumer the message was headed for: the
    /// transport retries it and then dead-letters it with the exception as the reason.
    /// </summary>
    /// <param name="message">The message as it arrived, read into <typeparamref name="TOld"/>.</param>
    /// <returns>The same message as a <typeparamref name="TNew"/>.</returns>
    TNew Upcast(TOld message);
}
