namespace Contracts.Generator.Model;

/// <summary>A <c>[Publishes&lt;T&gt;]</c> class and the messages it may send, in declaration order.</summary>
internal sealed record PublisherSpec(DeclarationSpec Declaration, EquatableArray<MessageRef> Messages);

/// <summary>A message type by its C# name and its wire identity.</summary>
internal sealed record MessageRef(string TypeName, string Name, int Version);
