namespace Contracts.Schema;

/// <summary>
/// What a service does with a message; it sets the default mode (see
/// <see cref="Compatibility.CompatibilityEngine.DefaultMode"/>).
/// </summary>
public enum MessageRole
{
    /// <summary>The service sends it: its manifest entry is the schema it writes.</summary>
    Publishes,

    /// <summary>The service reads it: its manifest entry is its own view, the record it reads into.</summary>
    Consumes,

    /// <summary>The service sends and reads it, with one record for both.</summary>
    Both,
}
