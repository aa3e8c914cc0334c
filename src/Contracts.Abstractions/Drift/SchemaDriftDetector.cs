using System.Collections.Concurrent;
using Contracts.Diagnostics;
using Contracts.Hosting;
using Microsoft.Extensions.Logging;

namespace Contracts.Drift;

/// <summary>
/// Tells a delivery whose writer's schema the consumer's build checked from one it did not, for subscriptions that say
/// what their build checked (<see cref="Subscription.CheckedSchemas"/>; without it there is nothing to compare with).
/// Every unchecked delivery is counted; each (endpoint, message, fingerprint, producer) is logged once, and at most
/// <see cref="LoggedLimit"/> of them, so a producer sending a new fingerprint per message cannot grow memory or the log.
/// </summary>
internal sealed class SchemaDriftDetector(SchemaDriftMode mode, ILogger logger)
{
    public const int LoggedLimit = 1_000;

    private readonly ConcurrentDictionary<(string Endpoint, MessageKey Key, string Fingerprint, string Producer), bool> _logged = new();

    /// <summary>Counts and logs an unchecked schema; in strict mode throws so the transport dead-letters the message.</summary>
    /// <exception cref="UncheckedSchemaException">Strict mode, and the schema was not checked.</exception>
    public void Check(Subscription subscription, MessageContext context)
    {
        if (subscription.CheckedSchemas is not { } known)
        {
            return;
        }

        var fingerprint = context.SchemaFingerprint;
        if (fingerprint is not null && known.Contains(context.Key, fingerprint))
        {
            return;
        }

        var producer = context.Producer;
        MessagingMetrics.UncheckedSchema(
            subscription.Endpoint, context.Key, fingerprint ?? "none", producer ?? "unknown", fingerprint is null ? "no_fingerprint" : "unknown_fingerprint");
        var seen = (subscription.Endpoint, context.Key, fingerprint ?? "", producer ?? "");
        if (_logged.Count < LoggedLimit && _logged.TryAdd(seen, true))
        {
            Log.UncheckedSchema(
                logger, context.Key, fingerprint ?? "(none)", producer ?? "(unknown)", subscription.Endpoint, string.Join(", ", known.For(context.Key)), mode);
        }

        if (mode == SchemaDriftMode.DeadLetter)
        {
            throw new UncheckedSchemaException(context.Key, fingerprint, producer);
        }
    }
}
