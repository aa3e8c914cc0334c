using System.Collections.Generic;
using System.Linq;
using Contracts.Schema.Compatibility;

namespace Contracts.Schema.Gates;

/// <summary>What <see cref="ConsumerDrivenEvolution.Judge"/> decided about one published message.</summary>
/// <param name="Remaining">The mode's violations that still stand: those the known consumers did not decide.</param>
/// <param name="Findings">CTR0104 when every known consumer reads the change, else a CTR0105 per thing one cannot read.</param>
/// <param name="Breaks">True when a known consumer cannot read what is sent now.</param>
public sealed record ConsumerJudgement(IReadOnlyList<Violation> Remaining, IReadOnlyList<Finding> Findings, bool Breaks);

/// <summary>
/// Consumer-driven evolution: when the fleet is declared complete (<c>ContractsFleetComplete</c> in the build,
/// <c>--fleet-complete</c> for the tool), a producer's change is judged by what the known consumers actually read
/// instead of by the FORWARD half of its mode alone. FORWARD asks "can the locked schema read the new writes?": a
/// stand-in for every consumer that might exist. With the fleet known, each consumer's own view is asked instead, so
/// adding an enum member every consumer reads as a string, or dropping a member no consumer reads, passes. The
/// BACKWARD half (the project reading what queues still hold) is never waived. Without the declaration nothing changes.
/// </summary>
public static class ConsumerDrivenEvolution
{
    /// <summary>
    /// Judges <paramref name="candidate"/>, which <paramref name="project"/> publishes, against the consumers in
    /// <paramref name="fleet"/>, given the violations its mode found against the lock (<paramref name="modeViolations"/>).
    /// Each consumer reads with its language's semantics, as in the cross-service gate, whose advisories (CTR0120) stay
    /// its own. A fleet with an unreadable manifest is not known, so the mode decides.
    /// </summary>
    public static ConsumerJudgement Judge(ProjectContracts project, ContractSchema candidate, IReadOnlyList<Violation> modeViolations, IReadOnlyList<ManifestFile> fleet)
    {
        var service = project.Service;
        var forward = modeViolations.Where(v => v.Changed == ChangedSide.Writer).ToList();
        if (forward.Count == 0 || fleet.Any(f => f.Manifest is null))
        {
            return new ConsumerJudgement(modeViolations, new Finding[0], Breaks: false);
        }

        var remaining = modeViolations.Where(v => v.Changed == ChangedSide.Reader).ToList();
        var consumers = Consumers(service, candidate, fleet);
        var consulted = consumers.Count == 0
            ? "none of the " + fleet.Count + " manifest(s) consumes this version"
            : string.Join(", ", consumers.Select(c => "'" + c.Service + "' (" + c.File + ")"));
        var writer = candidate with { Label = CrossServiceGate.As(candidate, service, "sends") };
        var breaks = consumers.SelectMany(consumer =>
            CompatibilityEngine.CheckPair(
                    consumer.View with { Label = CrossServiceGate.As(consumer.View, consumer.Service, "reads") }, writer, ChangedSide.Writer, guessRenames: false,
                    CrossServiceGate.Semantics(writerLanguage: project.Language, readerLanguage: consumer.Language))
                .Where(violation => !RuleIds.IsAdvisory(violation.RuleId))
                .Select(violation => Findings.KnownConsumerBroken(violation, candidate, consulted, consumer.Service, consumer.File)))
            .ToList();
        var findings = breaks.Count > 0
            ? breaks
            : new List<Finding> { Findings.ReadByKnownConsumers(candidate, forward, consulted) };
        return new ConsumerJudgement(remaining, findings, breaks.Count > 0);
    }

    private static List<(string Service, string File, string? Language, ContractSchema View)> Consumers(string service, ContractSchema candidate, IReadOnlyList<ManifestFile> fleet)
        => fleet.Where(f => f.Manifest!.Service != service)
            .SelectMany(f => f.Manifest!.Messages
                .Where(e => e.Role != MessageRole.Publishes && e.Schema.Name == candidate.Name && e.Schema.Version == candidate.Version)
                .Select(e => (f.Manifest!.Service, f.FileName, f.Manifest!.Language, e.Schema)))
            .OrderBy(c => c.Service, System.StringComparer.Ordinal)
            .ToList();
}
