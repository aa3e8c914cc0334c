namespace Contracts.Generator.Compatibility;

/// <summary>What a project does with a message; it sets the default mode (see <see cref="CompatibilityEngine.DefaultMode"/>).</summary>
internal enum MessageRole
{
    Publishes,
    Consumes,
    Both,
}
