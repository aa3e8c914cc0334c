using Contracts.Schema;

using Contracts.Schema.Gates;

namespace Contracts.Generator.Specs;

/// <summary>
/// Everything the per-compilation outputs need: the service's endpoint name, its consumers and its publishers,
/// sorted so that the output does not depend on the order of the source files.
/// </summary>
/// <param name="CheckedSchemas">The producer schemas the cross-service gate accepted for what the service consumes; null
/// when the build had no manifests to check against.</param>
internal sealed record ServiceSpec(
    string ServiceName,
    EquatableArray<ConsumerSpec> Consumers,
    EquatableArray<string> Publishers,
    EquatableArray<CheckedProducer>? CheckedSchemas = null)
{
    /// <summary>True when some consumer handles a message: upcasters alone have nothing to deliver to.</summary>
    public bool Dispatches => System.Linq.Enumerable.Any(Consumers, c => c.Messages.Count > 0);
}
