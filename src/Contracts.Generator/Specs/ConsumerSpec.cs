using Contracts.Schema;

namespace Contracts.Generator.Specs;

/// <summary>A class implementing <c>IConsumer&lt;T&gt;</c> for one or more messages.</summary>
internal sealed record ConsumerSpec(string TypeName, EquatableArray<MessageRef> Messages);
