using System.Collections.Generic;

namespace Contracts.Schema.Export;

/// <summary>One envelope header, as other languages see it on the wire (docs/wire-format.md has the same table).</summary>
/// <param name="Name">The header's name (AMQP headers table key; every value is a string).</param>
/// <param name="Description">What it holds and when it is sent.</param>
/// <param name="AlwaysSent">True when every message a Contracts service publishes carries it.</param>
/// <param name="ReaderRequires">True when a Contracts consumer refuses (dead-letters) a message without it.</param>
/// <param name="Pattern">The ECMA-262 pattern its value matches, when its form is fixed.</param>
public sealed record WireHeader(string Name, string Description, bool AlwaysSent, bool ReaderRequires, string? Pattern = null);

/// <summary>
/// The envelope headers, for the exporters: the runtime's <c>Contracts.EnvelopeHeaders</c> names them for .NET code,
/// and a test holds the two equal (the schema library cannot reference the runtime).
/// </summary>
public static class WireHeaders
{
    /// <summary>The message name header; its value is the <c>[Message]</c> name.</summary>
    public const string MessageName = "contracts-message";

    /// <summary>The message version header, a decimal integer of 1 or more.</summary>
    public const string MessageVersion = "contracts-version";

    /// <summary>The writer's schema fingerprint header (<see cref="SchemaFingerprint"/>).</summary>
    public const string SchemaFingerprint = "contracts-schema";

    /// <summary>The body's content type header; always <see cref="JsonContentType"/>.</summary>
    public const string ContentType = "content-type";

    /// <summary>The content type of every body.</summary>
    public const string JsonContentType = "application/json";

    /// <summary>Every envelope header, in the order the documents list them.</summary>
    public static IReadOnlyList<WireHeader> All { get; } = new[]
    {
        new WireHeader(MessageName, "The message name from [Message], lower-case letters, digits and '.', '-', '_'; with the version, the message's identity.", AlwaysSent: true, ReaderRequires: true),
        new WireHeader(MessageVersion, "The message version as a decimal integer of 1 or more.", AlwaysSent: true, ReaderRequires: true, Pattern: "^[1-9][0-9]*$"),
        new WireHeader("message-id", "Unique per message: 32 lower-case hex digits (a random UUID without hyphens) unless the publisher chose one. Consumers de-duplicate on it; over RabbitMQ it is also the AMQP message-id property.", AlwaysSent: true, ReaderRequires: true),
        new WireHeader(ContentType, "Always application/json (UTF-8). A consumer refuses a message that says anything else; over RabbitMQ it is also the AMQP content-type property.", AlwaysSent: true, ReaderRequires: false),
        new WireHeader(SchemaFingerprint, "The writer's schema fingerprint: 16 lower-case hex digits, the 64-bit FNV-1a hash of the schema's canonical text (docs/wire-format.md). Consumers count a fingerprint their build did not check as drift.", AlwaysSent: true, ReaderRequires: false, Pattern: "^[0-9a-f]{16}$"),
        new WireHeader("contracts-producer", "The publishing service's name (its host's application name), when it has one; over RabbitMQ it is also the AMQP app-id property.", AlwaysSent: false, ReaderRequires: false),
        new WireHeader("traceparent", "The W3C trace context of the publish, sent only when the publisher runs inside a W3C trace (an ambient System.Diagnostics.Activity, as ASP.NET Core and OpenTelemetry create).", AlwaysSent: false, ReaderRequires: false, Pattern: "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$"),
        new WireHeader("contracts-redelivery-count", "RabbitMQ transport only: how many deliveries of this message failed before this copy was sent; absent on a first delivery.", AlwaysSent: false, ReaderRequires: false, Pattern: "^[0-9]+$"),
    };
}
