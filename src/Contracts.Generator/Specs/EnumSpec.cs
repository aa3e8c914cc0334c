using Contracts.Schema;

namespace Contracts.Generator.Specs;

/// <summary>
/// An enum sent as strings: its type, the converter class generated for it, its members, and the member a reader maps
/// names it does not know onto (<c>[EnumFallback]</c>), if any.
/// </summary>
internal sealed record EnumSpec(string TypeName, string ConverterName, string DisplayName, EquatableArray<EnumMemberSpec> Members, EnumMemberSpec? Fallback = null);

/// <summary>One enum member: its C# name and its name on the wire.</summary>
internal sealed record EnumMemberSpec(string Name, string WireName, string Value);
