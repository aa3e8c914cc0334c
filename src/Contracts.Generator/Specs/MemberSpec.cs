namespace Contracts.Generator.Specs;

/// <summary>How a member's value gets into a new instance when reading.</summary>
internal enum MemberBinding
{
    /// <summary>A primary-constructor parameter, passed positionally.</summary>
    Constructor,

    /// <summary>A settable or init-only property set in the object initializer.</summary>
    Initializer,

    /// <summary>An init-only property with an initializer of its own: set with <c>with</c> only when present.</summary>
    WithWhenPresent,
}

/// <summary>One member on the wire.</summary>
internal sealed record MemberSpec(
    string PropertyName,
    string WireName,
    TypeSpec Type,
    bool Required,
    MemberBinding Binding,
    string DefaultExpression);
