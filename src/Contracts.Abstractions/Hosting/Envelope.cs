using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using Contracts.Serialization;

namespace Contracts.Hosting;

/// <summary>
/// Reads and validates the envelope headers of an incoming message. Headers come from the wire, so they are checked as
/// strictly as bodies: a message without a usable name, version or id cannot be routed and is reported as malformed.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Envelope
{
    /// <summary>The path <see cref="MessageFormatException"/>s about headers carry, so they read apart from body paths.</summary>
    public const string HeadersPath = "$headers";

    /// <summary>Builds the consumer's <see cref="MessageContext"/> from the envelope of <paramref name="message"/>.</summary>
    /// <exception cref="MessageFormatException">A required header is missing or invalid; the path is <see cref="HeadersPath"/>.</exception>
    public static MessageContext ReadContext(TransportMessage message, int redeliveryCount)
    {
        ArgumentNullException.ThrowIfNull(message);
        var headers = message.Headers;
        var key = ReadKey(headers);
        var messageId = Required(headers, EnvelopeHeaders.MessageId);
        if (headers.TryGetValue(EnvelopeHeaders.ContentType, out var contentType) && !IsJson(contentType))
        {
            throw Fail($"header '{EnvelopeHeaders.ContentType}' is '{contentType}', expected '{EnvelopeHeaders.JsonContentType}'");
        }

        return new MessageContext(messageId, key, headers, redeliveryCount);
    }

    /// <summary>Reads the message name and version headers; false when either is missing or invalid.</summary>
    public static bool TryReadKey(IReadOnlyDictionary<string, string> headers, out MessageKey key)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.TryGetValue(EnvelopeHeaders.MessageName, out var name) && IsValidName(name)
            && headers.TryGetValue(EnvelopeHeaders.MessageVersion, out var versionText) && TryParseVersion(versionText, out var version))
        {
            key = new MessageKey(name, version);
            return true;
        }

        key = default;
        return false;
    }

    /// <summary>The name and version an outgoing message is routed by: what every transport checks before it sends.</summary>
    /// <exception cref="ArgumentException">The message has no valid name and version headers.</exception>
    public static MessageKey RouteKey(TransportMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return TryReadKey(message.Headers, out var key)
            ? key
            : throw new ArgumentException(
                $"The message has no valid '{EnvelopeHeaders.MessageName}' and '{EnvelopeHeaders.MessageVersion}' headers, so it cannot be routed.",
                nameof(message));
    }

    private static MessageKey ReadKey(IReadOnlyDictionary<string, string> headers)
    {
        if (TryReadKey(headers, out var key))
        {
            return key;
        }

        // Say which header is wrong: the dead-letter reason is what an operator reads first.
        var name = Required(headers, EnvelopeHeaders.MessageName);
        if (!IsValidName(name))
        {
            throw Fail($"header '{EnvelopeHeaders.MessageName}' is '{name}', not a message name (lower-case letters, digits, '.', '-', '_')");
        }

        var version = Required(headers, EnvelopeHeaders.MessageVersion);
        throw Fail($"header '{EnvelopeHeaders.MessageVersion}' is '{version}', not a version (an integer of 1 or more)");
    }

    private static string Required(IReadOnlyDictionary<string, string> headers, string header)
        => headers.TryGetValue(header, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw Fail($"missing header '{header}'");

    private static MessageFormatException Fail(string reason) => new(HeadersPath, reason);

    private static bool TryParseVersion(string text, out int version)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out version) && version >= 1;

    // The same alphabet MessageAttribute documents for names.
    private static bool IsValidName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    // Parameters such as "; charset=utf-8" do not change what the body is.
    private static bool IsJson(string contentType)
    {
        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        var mediaType = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim();
        return string.Equals(mediaType, EnvelopeHeaders.JsonContentType, StringComparison.OrdinalIgnoreCase);
    }
}
