namespace Contracts.Schema.Export;

/// <summary>
/// What an export needs that a manifest does not say: where the RabbitMQ transport publishes and consumes (the same
/// values as the service's <c>RabbitMqOptions</c>) and the version the AsyncAPI document gives the service.
/// </summary>
public sealed record ExportOptions
{
    /// <summary>The topic exchange every message is published to (<c>RabbitMqOptions.Exchange</c>; default <c>contracts</c>).</summary>
    public string Exchange { get; init; } = "contracts";

    /// <summary>What comes before the service's name in its queue's name (<c>RabbitMqOptions.QueuePrefix</c>; default empty).</summary>
    public string QueuePrefix { get; init; } = string.Empty;

    /// <summary>The AsyncAPI document's <c>info.version</c>: the service's version (default <c>1.0.0</c>, MSBuild's default).</summary>
    public string ServiceVersion { get; init; } = "1.0.0";
}
