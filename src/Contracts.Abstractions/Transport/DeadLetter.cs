using System;

namespace Contracts;

/// <summary>A message the in-memory transport gave up on, kept so tests and samples can see what failed and why.</summary>
/// <param name="Endpoint">The endpoint whose handler could not process the message.</param>
/// <param name="Message">
/// The message with its original headers plus <see cref="EnvelopeHeaders.DeadLetterReason"/> and, when an exception
/// caused it, <see cref="EnvelopeHeaders.DeadLetterException"/>, as a broker's dead-letter queue would hold it.
/// </param>
/// <param name="Reason">Why the message was dead-lettered; the same text as the reason header.</param>
/// <param name="Exception">The last exception the handler threw, or null when the endpoint stopped before delivery.</param>
public sealed record DeadLetter(string Endpoint, TransportMessage Message, string Reason, Exception? Exception);
