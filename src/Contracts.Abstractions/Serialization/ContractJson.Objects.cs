using System.Text.Json;

namespace Contracts.Serialization;

public static partial class ContractJson
{
    /// <summary>Writes a nested contract type through its generated serializer.</summary>
    public static void WriteObject<T>(Utf8JsonWriter writer, T value) where T : IContractType<T>
        => T.WriteContract(writer, value);

    /// <summary>Reads a nested contract type through its generated serializer; the reader is on its first token.</summary>
    public static T ReadObject<T>(ref Utf8JsonReader reader, ContractReadContext context) where T : IContractType<T>
        => T.ReadContract(ref reader, context);
}
