namespace Contracts.Generator.Model;

/// <summary>
/// Where a partial type lives, enough to re-open it: namespace (empty for the global one), the chain of containing
/// types as <c>keyword name</c> (outermost first), and the type's own keyword and name.
/// </summary>
internal sealed record DeclarationSpec(
    string Namespace,
    EquatableArray<string> ContainingTypes,
    string Keyword,
    string Name,
    string FullyQualifiedName)
{
    /// <summary>A file name part unique per type: the metadata name without <c>global::</c>.</summary>
    public string HintPrefix => FullyQualifiedName.Replace("global::", string.Empty).Replace('<', '{').Replace('>', '}');
}
