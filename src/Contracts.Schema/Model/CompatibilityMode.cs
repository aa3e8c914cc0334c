namespace Contracts.Schema;

/// <summary>
/// Schema compatibility modes, with the meanings Confluent Schema Registry gives them. The same names and values as the
/// runtime's <c>Contracts.CompatibilityMode</c>, which <c>[Message(Compatibility = ...)]</c> takes (a test keeps the two
/// equal): the generator reads the attribute's integer as this.
/// </summary>
public enum CompatibilityMode
{
    /// <summary>No compatibility is checked.</summary>
    None = 0,

    /// <summary>The new schema reads data written with the previous one.</summary>
    Backward = 1,

    /// <summary>The previous schema reads data written with the new one.</summary>
    Forward = 2,

    /// <summary>Both <see cref="Backward"/> and <see cref="Forward"/>.</summary>
    Full = 3,

    /// <summary><see cref="Backward"/> against every locked version, not only the latest.</summary>
    BackwardTransitive = 4,

    /// <summary><see cref="Forward"/> against every locked version, not only the latest.</summary>
    ForwardTransitive = 5,

    /// <summary><see cref="Full"/> against every locked version, not only the latest.</summary>
    FullTransitive = 6,
}

/// <summary>Reading a <see cref="CompatibilityMode"/> from where users write one.</summary>
public static class CompatibilityModes
{
    /// <summary>
    /// The mode named <paramref name="text"/>, or null. The manifest is exact (<paramref name="ignoreCase"/> false);
    /// an MSBuild property (<c>&lt;ContractsCompatibility&gt;full&lt;/ContractsCompatibility&gt;</c>) need not be.
    /// </summary>
    public static CompatibilityMode? Parse(string? text, bool ignoreCase)
    {
        var trimmed = ignoreCase ? text?.Trim() : text;
        foreach (CompatibilityMode mode in System.Enum.GetValues(typeof(CompatibilityMode)))
        {
            if (string.Equals(mode.ToString(), trimmed, ignoreCase ? System.StringComparison.OrdinalIgnoreCase : System.StringComparison.Ordinal))
            {
                return mode;
            }
        }

        return null;
    }

    /// <summary>The mode of <c>[Message(Compatibility = ...)]</c>'s value; null when none is given or the value names no mode.</summary>
    public static CompatibilityMode? FromAttribute(int? value)
        => value is { } number && System.Enum.IsDefined(typeof(CompatibilityMode), number) ? (CompatibilityMode)number : null;
}
