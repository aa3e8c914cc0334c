using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Parsing;

/// <summary>
/// One wire member as found in a record, before its type is classified: the same shape whether it was read from the
/// declaration's syntax (<see cref="PositionalRecordReader"/>) or from the type's symbols (<see cref="SymbolMemberReader"/>),
/// so that everything after discovery is decided in one place. Lives only inside one parse; never cached.
/// </summary>
/// <param name="ParameterIndex">The primary-constructor position when the member is bound by the constructor; -1 otherwise.</param>
/// <param name="Default">The default value as a C# expression, when the constructor parameter declares one.</param>
/// <param name="PropertyLocation">Where the property is declared (for a positional member, its parameter).</param>
/// <param name="HasBrokenSyntax">The declaration has parse errors (see <see cref="CompilerReported"/>).</param>
internal sealed record MemberSource(
    string Name,
    ITypeSymbol Type,
    string? PinnedWireName,
    Location? Location,
    Location? TypeLocation,
    Location? PropertyLocation,
    int ParameterIndex,
    string? Default,
    bool IsRequired,
    bool HasInitializer,
    bool HasBrokenSyntax = false)
{
    public bool IsConstructorBound => ParameterIndex >= 0;
}
