using Contracts;

namespace BrokenBuild;

// Mistakes in the members of a message. Each one is an error at the member (or its type).

// CTR0002: object is not a wire type; the error names the member and a supported alternative.
[Message("broken.unsupported-member")]
public partial record UnsupportedMember(Guid Id, object Payload);

// CTR0008: Count is already "count" on the wire, so pinning Total to "count" clashes.
[Message("broken.wire-name-clash")]
public partial record WireNameClash(int Count, [property: WireName("count")] int Total);

// CTR0010: a category containing categories has no end; messages must be finite trees.
[Message("broken.recursive")]
public partial record Catalogue(Guid Id, Category Root);

public partial record Category(string Name, IReadOnlyList<Category> Children);

// CTR0011: Address travels inside a message, so it needs a generated serializer too: it must be partial.
[Message("broken.nested-not-partial")]
public partial record Customer(Guid Id, Address Home);

public record Address(string Street, string City);

// CTR0013: a pinned wire name must not be empty.
[Message("broken.empty-wire-name")]
public partial record EmptyWireName([property: WireName("")] string Note);

// CTR0018: DeadLetter is a record from another assembly (here Contracts.Abstractions) that has no generated contract,
// as any record from a library that does not use Contracts would be.
[Message("broken.external-record")]
public partial record ExternalRecord(Guid Id, DeadLetter Letter);

// CTR0020: a reader can map names it does not know onto one member only.
public enum Carrier { [EnumFallback] Unknown, Post, [EnumFallback] Other }

[Message("broken.two-fallbacks")]
public partial record ParcelSent(Guid Id, Carrier Carrier);
