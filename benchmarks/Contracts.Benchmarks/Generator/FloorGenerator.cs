using Microsoft.CodeAnalysis;

namespace Contracts.Benchmarks.Generator;

/// <summary>
/// The least any <c>[Message]</c>-driven incremental generator can do: one ForAttributeWithMetadataName whose
/// transform reads only the type's name, and one output. What it costs on a keystroke is Roslyn's own price for
/// finding 1,000 attributed types in a new compilation, the floor under every generator of this kind.
/// </summary>
public sealed class FloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider.ForAttributeWithMetadataName(
            "Contracts.MessageAttribute", static (_, _) => true, static (syntax, _) => syntax.TargetSymbol.Name);
        context.RegisterSourceOutput(names.Collect(), static (output, all) => output.AddSource("Floor.g.cs", $"// {all.Length} messages"));
    }
}
