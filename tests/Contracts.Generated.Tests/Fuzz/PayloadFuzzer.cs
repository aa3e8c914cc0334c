using System.Diagnostics;
using Contracts.Serialization;

namespace Contracts.Generated.Tests.Fuzz;

/// <summary>
/// Feeds mutated bodies to the generated readers and checks the two halves of the promise: a body is either read or
/// refused with a <see cref="MessageFormatException"/> that says where and why, and whatever is read is written into
/// a body that reads back to the same bytes (or is refused at once, with a typed error, when it cannot be sent).
/// </summary>
/// <remarks>
/// Body <c>i</c> of seed <c>s</c> depends on nothing but <c>(s, i)</c>, so any failure is reproduced by its index.
/// Plain code, no test framework: the xunit test and the run against the packed packages share it.
/// </remarks>
internal sealed class PayloadFuzzer(IReadOnlyList<FuzzTarget> targets, int seed)
{
    private static readonly int TotalWeight = Mutations.All.Sum(kind => kind.Weight);

    public FuzzReport Run(int bodies)
    {
        var report = new FuzzReport(seed);
        var clock = new Stopwatch();
        for (var index = 0; index < bodies; index++)
        {
            var (target, body, applied) = Body(index);
            clock.Restart();
            Check(report, new FuzzCase(index, target.Name, applied, body), target);
            report.Timed(index, clock.Elapsed);
        }

        return report;
    }

    /// <summary>Body <paramref name="index"/> of this seed, with its target and the mutations applied.</summary>
    public (FuzzTarget Target, byte[] Body, string Mutations) Body(int index)
    {
        var random = new Random(unchecked((seed * 1_000_003) + index));
        var target = targets[index % targets.Count];
        var body = target.Seeds[random.Next(target.Seeds.Length)];
        var applied = new List<string>();
        var count = random.Next(10) < 6 ? 1 : random.Next(2, 4);
        for (var attempt = 0; applied.Count < count && attempt < count * 5; attempt++)
        {
            var kind = PickKind(random);
            if (kind.Apply(body, JsonTokens.Scan(body), random) is { } mutated)
            {
                body = mutated;
                applied.Add(kind.Name);
            }
        }

        return (target, body, string.Join("+", applied));
    }

    private static void Check(FuzzReport report, FuzzCase @case, FuzzTarget target)
    {
        object value;
        try
        {
            value = target.Read(@case.Body);
        }
        catch (MessageFormatException exception)
        {
            report.Refused(@case, exception);
            return;
        }
        catch (Exception exception)
        {
            report.Fail(FailureKind.OtherException, @case, exception.GetType().FullName + ": " + exception.Message);
            return;
        }

        report.Accepted();
        CheckWriteBack(report, @case, target, value);
    }

    // What was read must be sendable again: a consumer that republishes a message must not turn it into one nobody reads.
    private static void CheckWriteBack(FuzzReport report, FuzzCase @case, FuzzTarget target, object value)
    {
        byte[] written;
        try
        {
            written = target.Write(value);
        }
        catch (MessageTooLargeException)
        {
            // Accepted at up to the limit, larger once written (a number or date in a longer canonical form): the
            // typed refusal at publish is the promise here.
            report.TooLargeToSend();
            return;
        }
        catch (Exception exception)
        {
            report.Fail(FailureKind.UnwritableRead, @case, exception.GetType().FullName + ": " + exception.Message);
            return;
        }

        try
        {
            var again = target.Write(target.Read(written));
            if (!again.AsSpan().SequenceEqual(written))
            {
                report.Fail(FailureKind.UnstableRoundTrip, @case, $"wrote {written.Length} bytes, then {again.Length} after reading them back");
            }
        }
        catch (Exception exception)
        {
            report.Fail(FailureKind.UnreadableWrite, @case, $"the {written.Length}-byte body written back fails: {exception.GetType().FullName}: {exception.Message}");
        }
    }

    private static MutationKind PickKind(Random random)
    {
        var ticket = random.Next(TotalWeight);
        foreach (var kind in Mutations.All)
        {
            if ((ticket -= kind.Weight) < 0)
            {
                return kind;
            }
        }

        throw new UnreachableException();
    }
}
