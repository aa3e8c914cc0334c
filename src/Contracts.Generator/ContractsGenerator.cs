using Microsoft.CodeAnalysis;

namespace Contracts.Generator;

/// <summary>The incremental pipeline only; parsing, emitting and checking live in their own folders.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class ContractsGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
    }
}
