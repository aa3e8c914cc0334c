using Contracts.Schema;

namespace Contracts.Generator.Specs;

/// <summary>A <c>[Publishes&lt;T&gt;]</c> class and the messages it may send, in declaration order.</summary>
internal sealed record PublisherSpec(DeclarationSpec Declaration, EquatableArray<MessageRef> Messages);

/// <summary>
/// A message type by its C# name and its wire identity; <see cref="Compatibility"/> is the mode its
/// <c>[Message]</c> sets (the value of <c>CompatibilityMode</c>), null when it leaves the default. <see cref="Aliases"/>
/// are the names it had before a rename, sorted: the dispatcher routes them too, and the gates match them.
/// </summary>
internal sealed record MessageRef(string TypeName, string Name, int Version, int? Compatibility = null, EquatableArray<string> Aliases = default);

/// <summary>Where a project publishes or consumes a message: the evolution gate's role and error location.</summary>
internal sealed record MessageUsage(MessageRef Message, bool Publishes, LocationInfo? Location);
