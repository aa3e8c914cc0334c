using System;
using System.ComponentModel;

namespace Contracts.Serialization;

/// <summary>
/// Written by the generator for every contract type it implements: the type's wire members, so that compilations
/// referencing this assembly can lock and check the contract without seeing its source. One member per line as
/// <c>wireName TAB type TAB required(1|0)</c>, with types in the manifest spelling (object and enum names qualified).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ContractTypeAttribute : Attribute
{
    /// <summary>Describes the wire members of <paramref name="type"/>.</summary>
    public ContractTypeAttribute(Type type, string members)
    {
        Type = type;
        Members = members;
    }

    /// <summary>The contract type.</summary>
    public Type Type { get; }

    /// <summary>The encoded member list.</summary>
    public string Members { get; }
}
