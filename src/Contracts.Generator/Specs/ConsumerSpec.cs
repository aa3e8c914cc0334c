using Contracts.Schema;

namespace Contracts.Generator.Specs;

/// <summary>
/// A class implementing <c>IConsumer&lt;T&gt;</c> for one or more messages, and/or <c>IUpcast&lt;TOld, TNew&gt;</c> for
/// one or more conversions (registered and resolved the same way).
/// </summary>
internal sealed record ConsumerSpec(string TypeName, EquatableArray<MessageRef> Messages, EquatableArray<UpcastSpec> Upcasts = default);
