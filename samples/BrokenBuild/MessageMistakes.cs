using Contracts;

namespace BrokenBuild;

// Mistakes in declaring a message. Each one is an error at the offending declaration.

// CTR0001: a message must be partial, or there is nowhere to put its generated serializer.
[Message("broken.not-partial")]
public record NotPartial(Guid Id);

// CTR0003: two messages with one name and version; the wire could not tell them apart.
[Message("broken.twice", Version = 1)]
public partial record FirstClaim(Guid Id);

[Message("broken.twice", Version = 1)]
public partial record SecondClaim(Guid Id);

// CTR0004: message names are lower-case, dotted and dashed, like "orders.order-placed".
[Message("Broken Name!")]
public partial record BadName(Guid Id);

// CTR0005: versions start at 1.
[Message("broken.version-zero", Version = 0)]
public partial record VersionZero(Guid Id);

// CTR0012: a contract must be a record (value equality, a constructor the reader can call).
[Message("broken.not-a-record")]
public partial class NotARecord
{
    public Guid Id { get; init; }
}

// CTR0014: a message has one fixed shape on the wire, so it cannot be generic.
[Message("broken.generic")]
public partial record Generic<T>(Guid Id);

// CTR0015: the generated half of Inner must go inside Outer too, so Outer must be partial.
public class Outer
{
    [Message("broken.nested-in-class")]
    public partial record Inner(Guid Id);
}

// CTR0019: no primary constructor and no accessible parameterless one: the reader cannot create it.
[Message("broken.no-constructor")]
public partial record NoConstructor
{
    private NoConstructor(Guid id) => Id = id;

    public Guid Id { get; init; }
}
