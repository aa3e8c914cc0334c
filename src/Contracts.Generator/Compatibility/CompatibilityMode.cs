namespace Contracts.Generator.Compatibility;

/// <summary>
/// The engine's copy of <c>Contracts.CompatibilityMode</c> (same names, same values): the generator targets
/// netstandard2.0 and cannot reference the runtime package, so the parser maps the attribute's integer onto this.
/// </summary>
internal enum CompatibilityMode
{
    None = 0,
    Backward = 1,
    Forward = 2,
    Full = 3,
    BackwardTransitive = 4,
    ForwardTransitive = 5,
    FullTransitive = 6,
}
