using System;
using System.ComponentModel;

namespace Contracts.Serialization;

/// <summary>
/// Written by the generator once per message into the assembly that declares it, so that the compilations referencing
/// that assembly can see its contracts (for example to reject a second message with the same name and version)
/// without scanning types.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ContractMessageAttribute : Attribute
{
    /// <summary>Records that <paramref name="type"/> is message <paramref name="name"/> version <paramref name="version"/>.</summary>
    public ContractMessageAttribute(string name, int version, Type type)
    {
        Name = name;
        Version = version;
        Type = type;
    }

    /// <summary>The message name.</summary>
    public string Name { get; }

    /// <summary>The message version.</summary>
    public int Version { get; }

    /// <summary>The message record.</summary>
    public Type Type { get; }
}
