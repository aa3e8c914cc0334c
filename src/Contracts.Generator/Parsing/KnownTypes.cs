namespace Contracts.Generator.Parsing;

/// <summary>Metadata names of the runtime types the generator recognises.</summary>
internal static class KnownTypes
{
    public const string MessageAttribute = "Contracts.MessageAttribute";
    public const string PublishesAttribute = "Contracts.PublishesAttribute`1";
    public const string ConsumerInterface = "Contracts.IConsumer`1";
    public const string UpcastInterface = "Contracts.IUpcast`2";
    public const string WireNameAttribute = "Contracts.WireNameAttribute";
    public const string EnumFallbackAttribute = "Contracts.EnumFallbackAttribute";
    public const string ContractTypeInterface = "Contracts.Serialization.IContractType`1";
    public const string ContractMessageAssemblyAttribute = "Contracts.Serialization.ContractMessageAttribute";
}
