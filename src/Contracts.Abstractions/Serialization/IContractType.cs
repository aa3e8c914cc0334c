using System.ComponentModel;
using System.Text.Json;

namespace Contracts.Serialization;

/// <summary>
/// A type with a generated, reflection-free JSON contract: every <c>[Message]</c> record and every record nested in one.
/// The generator implements this; user code calls <see cref="ContractSerializer"/> instead.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IContractType<TSelf> where TSelf : IContractType<TSelf>
{
    /// <summary>Writes <paramref name="value"/> as a JSON object.</summary>
    static abstract void WriteContract(Utf8JsonWriter writer, TSelf value);

    /// <summary>Reads a JSON object; the reader is positioned on its <see cref="JsonTokenType.StartObject"/> token and is left on the matching end.</summary>
    static abstract TSelf ReadContract(ref Utf8JsonReader reader, ContractReadContext context);
}

/// <summary>A <c>[Message]</c> record: a contract type with a name and version on the wire.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IMessage<TSelf> : IContractType<TSelf> where TSelf : IMessage<TSelf>
{
    /// <summary>The message's wire identity and schema fingerprint.</summary>
    static abstract MessageDescriptor ContractDescriptor { get; }
}
