using System;
using System.ComponentModel;
using Contracts.Drift;
using Contracts.Serialization;

namespace Contracts.Hosting;

/// <summary>How transports classify a handler's exception; one rule for every transport.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DeliveryFailure
{
    /// <summary>
    /// True when delivering the same message again cannot succeed, so it is dead-lettered at once: an unreadable body or
    /// envelope, a name and version no consumer handles, a schema the build never checked (in strict mode).
    /// </summary>
    public static bool IsPermanent(Exception exception)
        => exception is MessageFormatException or UnknownMessageException or UncheckedSchemaException;
}
