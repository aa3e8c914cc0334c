using Contracts.Serialization;

namespace Contracts.Generated.Tests.Fuzz;

/// <summary>A message type under fuzz: valid bodies to start from, and its generated reader and writer.</summary>
internal sealed class FuzzTarget
{
    private FuzzTarget(string name, byte[][] seeds, Func<byte[], object> read, Func<object, byte[]> write)
        => (Name, Seeds, Read, Write) = (name, seeds, read, write);

    public string Name { get; }

    public byte[][] Seeds { get; }

    /// <summary>Reads a body as the dispatcher does: default limits.</summary>
    public Func<byte[], object> Read { get; }

    /// <summary>Writes a value as a publisher does.</summary>
    public Func<object, byte[]> Write { get; }

    /// <summary>A target with any reader and writer: how the fuzzer's own tests give it a reader that misbehaves.</summary>
    public static FuzzTarget Custom(string name, byte[][] seeds, Func<byte[], object> read, Func<object, byte[]> write)
        => new(name, seeds, read, write);

    public static FuzzTarget For<T>(params T[] samples) where T : IMessage<T>
        => new(
            typeof(T).Name,
            samples.Select(sample => ContractSerializer.SerializeToUtf8Bytes(sample)).ToArray(),
            body => ContractSerializer.Deserialize<T>(body),
            value => ContractSerializer.SerializeToUtf8Bytes((T)value));
}
