namespace Contracts.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Tests that build projects inside the repository's own bin/obj folders. They share those folders (every sample builds
/// src/Contracts.Abstractions and src/Contracts.Generator), so they run one at a time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RepositoryBuildCollection
{
    public const string Name = "Builds in the repository";
}
