using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Contracts.Serialization;

namespace Contracts.Generated.Tests.Fuzz;

/// <summary>One fuzzed body: which one, of which message, how it was made.</summary>
internal sealed record FuzzCase(int Index, string Target, string Mutations, byte[] Body);

/// <summary>The ways a body can break the promise.</summary>
internal enum FailureKind
{
    /// <summary>Reading threw something other than <see cref="MessageFormatException"/>.</summary>
    OtherException,

    /// <summary>A <see cref="MessageFormatException"/> without a usable path or reason, or too long for a header.</summary>
    UnusableError,

    /// <summary>A body was read, but writing the value back threw something other than the typed refusal.</summary>
    UnwritableRead,

    /// <summary>A body was read, and the body written back from it cannot be read.</summary>
    UnreadableWrite,

    /// <summary>Written, read and written again, the bytes differ.</summary>
    UnstableRoundTrip,
}

/// <summary>Counts of a fuzz run, the failures (the first few kept whole) and the one summary line.</summary>
internal sealed partial class FuzzReport(int seed)
{
    /// <summary>Reasons and paths end up in logs and dead-letter headers: longer than this is a failure.</summary>
    public const int MaxReasonLength = 1024;

    /// <summary>See <see cref="MaxReasonLength"/>.</summary>
    public const int MaxPathLength = 1024;

    private const int KeptFailures = 20;

    private readonly Dictionary<FailureKind, int> _failures = [];
    private readonly Dictionary<string, int> _failureClasses = [];
    private readonly Dictionary<string, int> _reasons = [];
    private readonly List<string> _kept = [];

    public int Bodies { get; private set; }

    public int Read { get; private set; }

    public int TypedErrors { get; private set; }

    /// <summary>Bodies read, whose value was refused with <see cref="MessageTooLargeException"/> when written back.</summary>
    public int RefusedOnWrite { get; private set; }

    public int FailureCount => _failures.Values.Sum();

    public TimeSpan Slowest { get; private set; }

    public int SlowestIndex { get; private set; }

    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"payload fuzz: {Bodies} bodies (seed {seed}): {Read} read ({RefusedOnWrite} of them refused as too large to send again), "
        + $"{TypedErrors} MessageFormatException, "
        + $"{Count(FailureKind.OtherException)} other exceptions, {Count(FailureKind.UnusableError)} unusable errors, "
        + $"{Count(FailureKind.UnwritableRead)} unwritable, {Count(FailureKind.UnreadableWrite)} unreadable written, "
        + $"{Count(FailureKind.UnstableRoundTrip)} unstable round trips; slowest body #{SlowestIndex} {Slowest.TotalMilliseconds:F0} ms");

    public void Accepted() => Read++;

    public void TooLargeToSend() => RefusedOnWrite++;

    public void Refused(FuzzCase @case, MessageFormatException exception)
    {
        TypedErrors++;
        Tally(_reasons, Shape(exception.Reason));
        if (Unusable(exception) is { } problem)
        {
            Fail(FailureKind.UnusableError, @case, problem);
        }
    }

    public void Fail(FailureKind kind, FuzzCase @case, string detail)
    {
        _failures[kind] = Count(kind) + 1;
        Tally(_failureClasses, $"{kind}: {Shape(detail)}");
        if (_kept.Count < KeptFailures)
        {
            var body = @case.Body.Length <= 2048 ? Convert.ToBase64String(@case.Body) : $"({@case.Body.Length} bytes)";
            _kept.Add($"#{@case.Index} {@case.Target} [{@case.Mutations}] {kind}: {Cut(detail, 300)}\n    body (base64): {body}");
        }
    }

    public void Timed(int index, TimeSpan elapsed)
    {
        Bodies++;
        if (elapsed > Slowest)
        {
            (Slowest, SlowestIndex) = (elapsed, index);
        }
    }

    /// <summary>The summary, the classes of failures and of typed errors, and the first failures whole.</summary>
    public string Details()
    {
        var text = new StringBuilder(Summary).AppendLine();
        Append(text, "failure classes", _failureClasses, int.MaxValue);
        Append(text, "most frequent MessageFormatException reasons", _reasons, 25);
        if (_kept.Count > 0)
        {
            text.AppendLine("first failures:");
            _kept.ForEach(failure => text.Append("  ").AppendLine(failure));
        }

        return text.ToString();
    }

    private int Count(FailureKind kind) => _failures.GetValueOrDefault(kind);

    private static string? Unusable(MessageFormatException exception)
    {
        if (!exception.Path.StartsWith('$'))
        {
            return $"path '{Cut(exception.Path, 80)}' is not a JSON path";
        }

        if (string.IsNullOrWhiteSpace(exception.Reason))
        {
            return "empty reason";
        }

        if (exception.Message != exception.Path + ": " + exception.Reason)
        {
            return "message is not 'path: reason'";
        }

        return exception.Reason.Length > MaxReasonLength || exception.Path.Length > MaxPathLength
            ? $"a reason of {exception.Reason.Length} or a path of {exception.Path.Length} characters: {Shape(exception.Reason)}"
            : null;
    }

    private static void Tally(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static void Append(StringBuilder text, string title, Dictionary<string, int> counts, int top)
    {
        if (counts.Count == 0)
        {
            return;
        }

        text.AppendLine(title + ":");
        foreach (var (key, count) in counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(top))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {count,7}  {key}").AppendLine();
        }
    }

    // Groups messages that differ only in quoted text, numbers and positions, so a class of failure counts once.
    private static string Shape(string message) => Cut(Variable().Replace(message, "…"), 140);

    // Printable on one line whatever the body held: control characters are shown escaped.
    private static string Cut(string text, int length)
    {
        var cut = text.Length <= length ? text : text[..length] + "…";
        return Control().Replace(cut, match => $"\\u{(int)match.Value[0]:x4}");
    }

    [GeneratedRegex(@"[\u0000-\u001f\u007f]")]
    private static partial Regex Control();

    [GeneratedRegex(@"'[^']*'|""[^""]*""|\d+")]
    private static partial Regex Variable();
}
