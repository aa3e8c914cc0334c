namespace Contracts.Serialization;

/// <summary>Limits applied to every incoming message body.</summary>
public sealed class ContractReaderOptions
{
    /// <summary>The shared defaults: 64 levels deep, 4 MiB.</summary>
    public static ContractReaderOptions Default { get; } = new();

    /// <summary>Deepest nesting of objects and arrays accepted (default 64).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Largest body accepted, in bytes (default 4 MiB).</summary>
    public int MaxBytes { get; init; } = 4 * 1024 * 1024;
}
