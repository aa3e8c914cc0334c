using System;
using System.ComponentModel;

namespace Contracts.Serialization;

/// <summary>
/// Written by the generator for every enum a contract of this assembly uses: the names it is sent as, one per line in
/// declaration order, so that referencing compilations can lock and check it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ContractEnumAttribute : Attribute
{
    /// <summary>Describes the wire names of <paramref name="type"/>.</summary>
    public ContractEnumAttribute(Type type, string members)
    {
        Type = type;
        Members = members;
    }

    /// <summary>The enum.</summary>
    public Type Type { get; }

    /// <summary>The wire names, one per line.</summary>
    public string Members { get; }

    /// <summary>The wire name of the member unknown names are read as (<see cref="EnumFallbackAttribute"/>), if any.</summary>
    public string? Fallback { get; set; }
}
