namespace Contracts.Generator;

/// <summary>Names of the pipeline steps; the incremental tests assert on them, so they are constants.</summary>
internal static class TrackingNames
{
    public const string Messages = nameof(Messages);
    public const string MessageSpecs = nameof(MessageSpecs);
    public const string NestedTypes = nameof(NestedTypes);
    public const string Enums = nameof(Enums);
    public const string ContractClashes = nameof(ContractClashes);
    public const string EnumClashes = nameof(EnumClashes);
    public const string PublisherClashes = nameof(PublisherClashes);
    public const string UnemittedMessages = nameof(UnemittedMessages);
    public const string Publishers = nameof(Publishers);
    public const string PublisherSpecs = nameof(PublisherSpecs);
    public const string Consumers = nameof(Consumers);
    public const string ServiceName = nameof(ServiceName);
    public const string Service = nameof(Service);
    public const string ReferencedMessages = nameof(ReferencedMessages);
    public const string MessageIdentities = nameof(MessageIdentities);
    public const string Diagnostics = nameof(Diagnostics);
    public const string EvolutionSettings = nameof(EvolutionSettings);
    public const string LockFile = nameof(LockFile);
    public const string LocalContracts = nameof(LocalContracts);
    public const string Usages = nameof(Usages);
    public const string Evolution = nameof(Evolution);
    public const string ProjectContracts = nameof(ProjectContracts);
    public const string Manifests = nameof(Manifests);
    public const string CrossService = nameof(CrossService);
    public const string SortedManifests = nameof(SortedManifests);
    public const string Export = nameof(Export);
    public const string Gates = nameof(Gates);
    public const string CheckedSchemas = nameof(CheckedSchemas);
    public const string UpcastLoops = nameof(UpcastLoops);
}
