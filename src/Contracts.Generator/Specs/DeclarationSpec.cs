using Contracts.Schema;

namespace Contracts.Generator.Specs;

/// <summary>
/// Where a partial type lives, as C# text that re-opens it: namespace (empty for the global one), the chain of
/// containing types as <c>keyword name</c> (outermost first), and the type's own keyword and name. Names are spelled
/// as in source, keywords escaped (<c>@event</c>).
/// </summary>
internal sealed record DeclarationSpec(
    string Namespace,
    EquatableArray<string> ContainingTypes,
    string Keyword,
    string Name,
    string FullyQualifiedName);
