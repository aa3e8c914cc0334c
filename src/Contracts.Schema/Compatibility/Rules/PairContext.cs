using System.Collections.Generic;

namespace Contracts.Schema.Compatibility.Rules;

/// <summary>
/// State for one reader/writer comparison: the two contracts (to resolve nested names), which side is new
/// (it names the rules), the violations found, and the objects being compared right now (recursive types).
/// </summary>
internal sealed class PairContext
{
    // A budget, not a correctness limit: it keeps a pathological schema (deep sharing of objects) from taking
    // exponential time inside the compiler. Real contracts stay far below it.
    private const int MaxObjectComparisons = 10_000;

    private readonly HashSet<(string Reader, string Writer)> _inProgress = new();
    private int _objectComparisons;

    public PairContext(ContractSchema reader, ContractSchema writer, ChangedSide changed, bool guessRenames, PairSemantics semantics)
    {
        Reader = reader;
        Writer = writer;
        Changed = changed;
        GuessRenames = guessRenames;
        Semantics = semantics;
    }

    /// <summary>What the two sides do on the wire beyond their schemas.</summary>
    public PairSemantics Semantics { get; }

    /// <summary>
    /// Whether a missing member may be explained as a rename. Between two revisions of one schema it usually is; between
    /// a consumer's view and a producer's schema it is not, because a view leaves out most of what is sent.
    /// </summary>
    public bool GuessRenames { get; }

    public ContractSchema Reader { get; }

    public ContractSchema Writer { get; }

    public ChangedSide Changed { get; }

    public List<Violation> Violations { get; } = new();

    public string R => Reader.Display;

    public string W => Writer.Display;

    public void Report(string ruleId, string path, string message, MemberRename? rename = null) =>
        Violations.Add(new Violation(ruleId, path, message, R, W, Changed) { Rename = rename });

    /// <summary>False when this pair of objects is already being compared higher up (a recursive type) or the budget is spent.</summary>
    public bool TryEnterObjects(string readerName, string writerName, string path)
    {
        if (++_objectComparisons > MaxObjectComparisons)
        {
            if (_objectComparisons == MaxObjectComparisons + 1)
            {
                Report(RuleIds.SchemaInvalid, path, "the schemas nest objects too often to compare (more than " + MaxObjectComparisons + " object comparisons)");
            }

            return false;
        }

        return _inProgress.Add((readerName, writerName));
    }

    public void ExitObjects(string readerName, string writerName) => _inProgress.Remove((readerName, writerName));
}
