using System.Text;
using Contracts.Serialization;

namespace Contracts.Generated.Tests;

/// <summary>Serializes and reads through the generated serializers, as the runtime does.</summary>
internal static class Json
{
    public static string Write<T>(T value) where T : IContractType<T>
        => Encoding.UTF8.GetString(ContractSerializer.SerializeToUtf8Bytes(value));

    public static T Read<T>(string json, ContractReaderOptions? options = null) where T : IContractType<T>
        => ContractSerializer.Deserialize<T>(Encoding.UTF8.GetBytes(json), options);

    public static T RoundTrip<T>(T value) where T : IContractType<T>
        => ContractSerializer.Deserialize<T>(ContractSerializer.SerializeToUtf8Bytes(value));

    /// <summary>Reads <paramref name="json"/> and returns the failure it must cause.</summary>
    public static MessageFormatException Failure<T>(string json, ContractReaderOptions? options = null) where T : IContractType<T>
        => Assert.Throws<MessageFormatException>(() => Read<T>(json, options));
}
