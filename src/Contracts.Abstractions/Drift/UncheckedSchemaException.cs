using System;

namespace Contracts.Drift;

/// <summary>
/// In strict mode (<see cref="SchemaDriftMode.DeadLetter"/>), a delivery whose writer's schema the consumer's build
/// never checked. Transports dead-letter it at once, with this message as the reason.
/// </summary>
public sealed class UncheckedSchemaException : Exception
{
    /// <summary>Creates the exception for a message of <paramref name="key"/> from <paramref name="producer"/>.</summary>
    public UncheckedSchemaException(MessageKey key, string? fingerprint, string? producer)
        : base(fingerprint is null
            ? $"message {key} from producer '{producer ?? "unknown"}' carries no schema fingerprint, so no build checked it against this consumer"
            : $"schema {fingerprint} of message {key} from producer '{producer ?? "unknown"}' was not checked against this consumer at build time")
    {
        Key = key;
        Fingerprint = fingerprint;
        Producer = producer;
    }

    /// <summary>The message's name and version.</summary>
    public MessageKey Key { get; }

    /// <summary>The writer's fingerprint from the envelope, or null when it had none.</summary>
    public string? Fingerprint { get; }

    /// <summary>The producing service from the envelope, or null when unknown.</summary>
    public string? Producer { get; }
}
