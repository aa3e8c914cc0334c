using System;

namespace Contracts.Serialization;

/// <summary>
/// An incoming message body could not be read as its contract: malformed JSON, a wrong token type, a missing required
/// member, a duplicate member, an unknown enum member, or a size/depth limit exceeded. <see cref="Path"/> says where.
/// Transports dead-letter such messages at once: retrying cannot fix them.
/// </summary>
public sealed class MessageFormatException : Exception
{
    /// <summary>Creates the exception for a failure at <paramref name="path"/>.</summary>
    public MessageFormatException(string path, string reason, Exception? innerException = null)
        : base(path + ": " + reason, innerException)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The JSON path of the failure, e.g. <c>$.lines[2].quantity</c>.</summary>
    public string Path { get; }

    /// <summary>What was wrong, without the path.</summary>
    public string Reason { get; }
}
