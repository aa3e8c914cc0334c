using Contracts.Schema;

namespace Contracts.Generator.Specs;

/// <summary>
/// A record with a generated contract: a <c>[Message]</c> (with <see cref="Message"/>) or a record nested in one.
/// </summary>
internal sealed record ContractTypeSpec(
    DeclarationSpec Declaration,
    EquatableArray<MemberSpec> Members,
    MessageInfo? Message);

/// <summary>The wire identity of a message.</summary>
/// <param name="Fingerprint">
/// Its SchemaFingerprint: what the generated descriptor sends in <c>contracts-schema</c>. Null in the parse result;
/// <c>SpecSteps.Spec</c> computes it in a step of its own, which Roslyn skips while the message's parse result stays
/// equal (the parse itself runs again on every keystroke, so it does no more than it must).
/// </param>
internal sealed record MessageInfo(string Name, int Version, string? Fingerprint = null);
