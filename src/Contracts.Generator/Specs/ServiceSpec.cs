using Contracts.Schema;

namespace Contracts.Generator.Specs;

/// <summary>
/// Everything the per-compilation outputs need: the service's endpoint name, its consumers and its publishers,
/// sorted so that the output does not depend on the order of the source files.
/// </summary>
internal sealed record ServiceSpec(string ServiceName, EquatableArray<ConsumerSpec> Consumers, EquatableArray<string> Publishers);
