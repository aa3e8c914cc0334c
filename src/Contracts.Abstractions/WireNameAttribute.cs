using System;

namespace Contracts;

/// <summary>
/// Pins the JSON name of a message member (or an enum member) so that renaming the C# member does not change the wire.
/// Without it, members are written camelCase and enum members by their declared name.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field, AllowMultiple = false, Inherited = false)]
public sealed class WireNameAttribute : Attribute
{
    /// <summary>Pins the wire name.</summary>
    public WireNameAttribute(string name) => Name = name;

    /// <summary>The name used in JSON.</summary>
    public string Name { get; }
}
