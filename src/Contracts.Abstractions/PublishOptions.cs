using System.Collections.Generic;

namespace Contracts;

/// <summary>Optional per-publish settings.</summary>
public sealed class PublishOptions
{
    /// <summary>The message id; a new GUID when not set. Reuse an id to let consumers de-duplicate a re-sent message.</summary>
    public string? MessageId { get; init; }

    /// <summary>
    /// Extra envelope headers. Names starting with <c>contracts-</c> and the envelope headers (<c>message-id</c>,
    /// <c>content-type</c>, <c>traceparent</c>) are reserved and rejected; set <see cref="MessageId"/> instead.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
}
