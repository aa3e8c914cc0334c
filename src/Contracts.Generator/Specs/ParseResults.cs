using Contracts.Schema;

namespace Contracts.Generator.Specs;

/// <summary>
/// What parsing one <c>[Message]</c> yields. Kept apart from <see cref="Diagnostics"/> by later steps so that a diagnostic
/// moving (an edit above it) does not re-emit unchanged code.
/// </summary>
internal sealed record MessageParseResult(
    ContractTypeSpec? Message,
    EquatableArray<ContractTypeSpec> NestedTypes,
    EquatableArray<EnumSpec> Enums,
    EquatableArray<DiagnosticInfo> Diagnostics,
    MessageIdentity Identity,
    MessageLocations? Locations = null,
    ReferencedContracts? Reached = null)
{
    /// <summary>A parser that failed: nothing to emit, the failure (CTR9999) to report, the type named for the others.</summary>
    public static MessageParseResult Failed(DiagnosticInfo failure, string typeName)
        => new(null, EquatableArray<ContractTypeSpec>.Empty, EquatableArray<EnumSpec>.Empty, new EquatableArray<DiagnosticInfo>(new[] { failure }), new MessageIdentity(string.Empty, 0, typeName, null));
}

/// <summary>Where a message's declaration and members are, for evolution errors; kept out of the emitted spec.</summary>
internal sealed record MessageLocations(string TypeName, LocationInfo? Type, EquatableArray<MemberLocation> Members);

/// <summary>Where one wire member is declared.</summary>
internal sealed record MemberLocation(string WireName, LocationInfo? Location);

/// <summary>A message's wire identity and where it is declared, for the duplicate check.</summary>
internal sealed record MessageIdentity(string Name, int Version, string TypeName, LocationInfo? Location);

/// <summary>What parsing one <c>[Publishes&lt;T&gt;]</c> class yields.</summary>
internal sealed record PublisherParseResult(PublisherSpec? Publisher, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<MessageUsage> Usages = default);

/// <summary>
/// What parsing one type declaration with a base list yields (null spec when it neither consumes nor upcasts):
/// <see cref="Upcasts"/> are its upcasters with their locations, for the gates and the loop check.
/// </summary>
internal sealed record ConsumerParseResult(
    ConsumerSpec? Consumer, EquatableArray<DiagnosticInfo> Diagnostics, EquatableArray<MessageUsage> Usages = default, EquatableArray<UpcastSite> Upcasts = default);

/// <summary>A message contract declared in a referenced assembly (read from its assembly attributes).</summary>
internal sealed record ReferencedMessage(string Name, int Version, string TypeName, string AssemblyName);

/// <summary>
/// Everything referenced assemblies say about their contracts: their messages, and the schemas of their contract types
/// and enums by qualified name, read from the assembly attributes once. A text that cannot be read is a
/// <see cref="Failures"/> entry (CTR9999), never a type that silently goes missing from the gates.
/// </summary>
internal sealed record ReferencedContracts(
    EquatableArray<ReferencedMessage> Messages,
    EquatableArray<ObjectSchema> Types,
    EquatableArray<EnumSchema> Enums,
    EquatableArray<DiagnosticInfo> Failures = default);
