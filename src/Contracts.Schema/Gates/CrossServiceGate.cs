using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Contracts.Schema.Compatibility;
using Contracts.Schema.Manifest;

namespace Contracts.Schema.Gates;

/// <summary>
/// The cross-service gate: a project's view of every message it consumes is checked against each producer's manifest
/// (the producer writes, the project reads), and every message it publishes against each consumer's view (the project
/// writes, they read). Matching is by name and version only, never by CLR type, so it works across repositories and
/// languages. One engine decides, as for the evolution gate.
/// </summary>
public static class CrossServiceGate
{
    /// <summary>Checks <paramref name="project"/> against the other services' <paramref name="manifests"/>.</summary>
    public static EquatableArray<Finding> Check(ProjectContracts project, IReadOnlyList<ManifestFile> manifests)
    {
        var findings = manifests.SelectMany(file => file.Errors).Select(Findings.ManifestMalformed).ToList();
        var readable = manifests.Where(file => file.Manifest is not null).ToList();
        if (manifests.Count == 0)
        {
            return findings.ToEquatableArray();
        }

        foreach (var message in project.Messages)
        {
            if (message.Role is MessageRole.Consumes or MessageRole.Both)
            {
                findings.AddRange(AsConsumer(project, message, readable, manifests.Count));
            }

            if (message.Role is MessageRole.Publishes or MessageRole.Both)
            {
                findings.AddRange(AsProducer(project, message.Schema, readable));
            }
        }

        return findings.ToEquatableArray();
    }

    // A producer of one of the view's aliases sends this same contract under its old name. A message the project
    // also reaches through an upcaster is satisfied by the producers of its sources, which are judged on their own.
    private static IEnumerable<Finding> AsConsumer(ProjectContracts project, ManifestMessage message, List<ManifestFile> manifests, int manifestCount)
    {
        var service = project.Service;
        var view = message.Schema;
        var site = FindingSite.InMessage(view.Name, view.Version);
        var producers = Entries(manifests, e => message.Answers(e.Schema.Name), MessageRole.Publishes).ToList();
        var sameVersion = producers.Where(p => p.Entry.Schema.Version == view.Version).ToList();
        if (sameVersion.Count == 0 && !message.UpcastFrom.IsEmpty)
        {
            return Enumerable.Empty<Finding>();
        }

        if (producers.Count == 0)
        {
            return new[] { Findings.NoProducer(service, view.Name, manifestCount, site) };
        }

        if (sameVersion.Count == 0)
        {
            var versions = string.Join(", ", producers.Select(p => p.Entry.Schema.Version).Distinct().OrderBy(v => v).Select(Number));
            return new[] { Findings.VersionNotProduced(service, view, versions, site) };
        }

        return sameVersion.SelectMany(producer =>
        {
            var reader = view with { Label = As(view, service, "reads") };
            var writer = producer.Entry.Schema with { Label = As(producer.Entry.Schema, producer.Manifest.Service, "sends") };
            var semantics = Semantics(writerLanguage: producer.Manifest.Language, readerLanguage: project.Language);
            return CompatibilityEngine.CheckPair(reader, writer, ChangedSide.Reader, guessRenames: false, semantics).Select(violation =>
                RuleIds.IsAdvisory(violation.RuleId)
                    ? Findings.JavaScriptNumberPrecision(producer.Manifest.Service, producer.Entry.Schema, service, "this project", project.Language!, violation, Member(view, violation))
                    : Findings.ConsumerCannotRead(service, view, producer.Manifest.Service, producer.File.FileName, violation, Member(view, violation)));
        });
    }

    private static IEnumerable<Finding> AsProducer(ProjectContracts project, ContractSchema sent, List<ManifestFile> manifests)
    {
        var service = project.Service;
        var consumers = Entries(manifests, e => e.Answers(sent.Name), MessageRole.Consumes).Where(c => c.Entry.Schema.Version == sent.Version).ToList();
        if (consumers.Count == 0)
        {
            return new[] { Findings.NoConsumer(service, sent, FindingSite.InMessage(sent.Name, sent.Version)) };
        }

        return consumers.SelectMany(consumer =>
        {
            var reader = consumer.Entry.Schema with { Label = As(consumer.Entry.Schema, consumer.Manifest.Service, "reads") };
            var writer = sent with { Label = As(sent, service, "sends") };
            var semantics = Semantics(writerLanguage: project.Language, readerLanguage: consumer.Manifest.Language);
            return CompatibilityEngine.CheckPair(reader, writer, ChangedSide.Writer, guessRenames: false, semantics).Select(violation =>
                RuleIds.IsAdvisory(violation.RuleId)
                    ? Findings.JavaScriptNumberPrecision(service, sent, consumer.Manifest.Service, consumer.File.FileName, consumer.Manifest.Language!, violation, Member(sent, violation))
                    : Findings.ProducerBreaksConsumer(service, sent, consumer.Manifest.Service, consumer.File.FileName, violation, Member(sent, violation)));
        });
    }

    /// <summary>
    /// What each side does beyond its schema, from its language: a service without one is a Contracts .NET service,
    /// whose writers leave null members out; a JavaScript service reads and writes every number as a double.
    /// </summary>
    public static PairSemantics Semantics(string? writerLanguage, string? readerLanguage) => new(
        WriterOmitsNullMembers: writerLanguage is null,
        ReaderIsJavaScript: ContractManifest.IsJavaScriptLanguage(readerLanguage),
        WriterIsJavaScript: ContractManifest.IsJavaScriptLanguage(writerLanguage));

    /// <summary>
    /// The producer schemas this check accepted for what the project consumes: for each consumed (name, version), the
    /// fingerprint of every producer in <paramref name="manifests"/> whose schema the project's view reads without a
    /// violation, and of the project's own schema when it publishes the message too. What a consumer can tell, at run
    /// time, from a producer deployed without this check (see docs/rabbitmq.md, drift).
    /// </summary>
    public static EquatableArray<CheckedProducer> CheckedProducers(ProjectContracts project, IReadOnlyList<ManifestFile> manifests)
    {
        var readable = manifests.Where(file => file.Manifest is not null).ToList();
        var found = new List<CheckedProducer>();
        foreach (var message in project.Messages.Where(m => m.Role is MessageRole.Consumes or MessageRole.Both))
        {
            var view = message.Schema;
            if (message.Role == MessageRole.Both)
            {
                found.Add(new CheckedProducer(view.Name, view.Version, SchemaFingerprint.Of(view)));
            }

            // Under the name the producer sends (an alias of the view's, for a producer not yet renamed): what arrives.
            found.AddRange(Entries(readable, e => message.Answers(e.Schema.Name), MessageRole.Publishes)
                .Where(p => p.Entry.Schema.Version == view.Version && Reads(view, project.Language, p.Entry.Schema, p.Manifest.Language))
                .Select(p => new CheckedProducer(p.Entry.Schema.Name, view.Version, SchemaFingerprint.Of(p.Entry.Schema))));
        }

        return found.Distinct()
            .OrderBy(c => c.Name, System.StringComparer.Ordinal).ThenBy(c => c.Version).ThenBy(c => c.Fingerprint, System.StringComparer.Ordinal)
            .ToEquatableArray();
    }

    // A producer is checked when the view reads it without a break; a precision warning is not one.
    private static bool Reads(ContractSchema view, string? readerLanguage, ContractSchema sent, string? writerLanguage)
        => CompatibilityEngine.CheckPair(view, sent, ChangedSide.Reader, guessRenames: false, Semantics(writerLanguage, readerLanguage))
            .All(violation => RuleIds.IsAdvisory(violation.RuleId));

    /// <summary>Entries that <paramref name="match"/>, in which the other service plays <paramref name="role"/> (or both).</summary>
    private static IEnumerable<(ManifestFile File, ContractManifest Manifest, ManifestMessage Entry)> Entries(
        List<ManifestFile> manifests, System.Func<ManifestMessage, bool> match, MessageRole role)
        => manifests.SelectMany(file => file.Manifest!.Messages
            .Where(e => match(e) && (e.Role == role || e.Role == MessageRole.Both))
            .Select(e => (file, file.Manifest!, e)));

    private static FindingSite Member(ContractSchema schema, Violation violation) => FindingSite.InMessage(schema.Name, schema.Version, violation.TopLevelMember);

    /// <summary>"orders.order-placed v1 as billing reads it": both sides have the same name and version.</summary>
    internal static string As(ContractSchema schema, string service, string verb) => $"{schema.Name} v{Number(schema.Version)} as {service} {verb} it";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A producer schema a consumer's build checked: the message and the fingerprint the producer sends.</summary>
/// <param name="Name">The message name.</param>
/// <param name="Version">The message version.</param>
/// <param name="Fingerprint">The producer's <see cref="SchemaFingerprint"/>.</param>
public sealed record CheckedProducer(string Name, int Version, string Fingerprint);
