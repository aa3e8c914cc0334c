using System;

namespace Contracts.Hosting;

/// <summary>A message arrived whose name and version no consumer of this service handles. Transports dead-letter it.</summary>
public sealed class UnknownMessageException : Exception
{
    /// <summary>Creates the exception for <paramref name="key"/>.</summary>
    public UnknownMessageException(MessageKey key)
        : base($"No consumer handles message {key}.") => Key = key;

    /// <summary>The unhandled name and version.</summary>
    public MessageKey Key { get; }
}
