using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Contracts.Benchmarks.Generator;

/// <summary>
/// Issue 7, figure 2: what one IDE keystroke costs. A driver that has already run over the <see cref="Fleet"/> runs
/// again after (a) an edit inside an unrelated method body and (b) an edit to one message, against a cold run of the
/// same compilation, and on edit (a) STJ's generator and <see cref="FloorGenerator"/> (nothing but finding the
/// [Message] types). Each run gets a new edited compilation, as each keystroke does.
/// </summary>
/// <remarks>That (a) regenerates nothing and (b) only that message is asserted by LargeCompilationIncrementalTests.</remarks>
[MemoryDiagnoser]
public class IncrementalGeneratorBenchmarks
{
    private const int EditedMessage = 500;

    private Fleet _fleet = null!;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _primed = null!;
    private GeneratorDriver _systemTextJsonPrimed = null!;
    private GeneratorDriver _floorPrimed = null!;
    private SyntaxTree _unrelated = null!;
    private SyntaxTree _unrelatedEdited = null!;
    private SyntaxTree _message = null!;
    private SyntaxTree _messageEdited = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fleet = Fleet.Create();
        _compilation = _fleet.NewCompilation();
        _primed = Generators.Driver(Generators.Contracts()).RunGenerators(_compilation);
        _systemTextJsonPrimed = Generators.Driver(Generators.SystemTextJson()).RunGenerators(_compilation);
        _floorPrimed = Generators.Driver(new FloorGenerator().AsSourceGenerator()).RunGenerators(_compilation);
        _unrelated = _fleet.Tree(Fleet.UnrelatedPath);
        _unrelatedEdited = Fleet.EditedUnrelated();
        _message = _fleet.Tree($"Messages/Event{EditedMessage}.cs");
        _messageEdited = Fleet.EditedMessage(EditedMessage);
        Generators.Check(UnrelatedEdit(), atLeastFiles: Fleet.MessageCount);
        Generators.Check(MessageEdit(), atLeastFiles: Fleet.MessageCount);
    }

    [Benchmark(Baseline = true, Description = "cold run (no driver state)")]
    public GeneratorDriver ColdRun() => Generators.Driver(Generators.Contracts()).RunGenerators(_compilation.ReplaceSyntaxTree(_unrelated, _unrelatedEdited));

    [Benchmark(Description = "(a) edit in an unrelated method body")]
    public GeneratorDriver UnrelatedEdit() => _primed.RunGenerators(_compilation.ReplaceSyntaxTree(_unrelated, _unrelatedEdited));

    [Benchmark(Description = "(b) edit to one message")]
    public GeneratorDriver MessageEdit() => _primed.RunGenerators(_compilation.ReplaceSyntaxTree(_message, _messageEdited));

    // The peer on the same keystroke: any ForAttributeWithMetadataName transform re-runs on every compilation change.
    [Benchmark(Description = "STJ generator: (a) edit in an unrelated method body")]
    public GeneratorDriver SystemTextJsonUnrelatedEdit() => _systemTextJsonPrimed.RunGenerators(_compilation.ReplaceSyntaxTree(_unrelated, _unrelatedEdited));

    // The floor on the same keystroke: Roslyn's price for finding the 1,000 [Message] types again in the new compilation.
    [Benchmark(Description = "floor (FAWMN reading only names): (a) edit in an unrelated method body")]
    public GeneratorDriver FloorUnrelatedEdit() => _floorPrimed.RunGenerators(_compilation.ReplaceSyntaxTree(_unrelated, _unrelatedEdited));
}
