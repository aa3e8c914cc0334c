using System.Collections.Generic;

namespace Contracts.Schema.Gates;

/// <summary>How serious a finding is by default; a build can raise or lower it like any analyzer diagnostic.</summary>
public enum FindingSeverity
{
    /// <summary>Shown, never fails a build.</summary>
    Info,

    /// <summary>Shown as a warning.</summary>
    Warning,

    /// <summary>Fails the build or the pipeline step.</summary>
    Error,
}

/// <summary>
/// One kind of finding of the evolution and cross-service gates: its stable ID, title and message template (composite
/// format, <c>{0}</c>...). The generator's diagnostics and the command-line tool print the same text from it.
/// </summary>
/// <param name="Id">The stable ID, <c>CTRnnnn</c>; docs/diagnostics/{Id}.md explains it.</param>
/// <param name="Title">A short title.</param>
/// <param name="Template">The message, with the finding's arguments as <c>{0}</c>, <c>{1}</c>...</param>
/// <param name="Severity">The default severity.</param>
public sealed record GateRule(string Id, string Title, string Template, FindingSeverity Severity);

/// <summary>The gates' rules, in ID order.</summary>
public static class GateRules
{
    /// <summary>CTR0100: a change that consumers already running, or messages waiting in queues, cannot read.</summary>
    public static readonly GateRule BreakingChange = new(
        "CTR0100", "Breaking change to a locked contract",
        "{0}: {1}. Message '{2}' version {3} must stay {4} compatible with contracts.lock.json. Fix: revert the change, or ship it as a new version: copy the record, give the copy [Message(\"{2}\", Version = {5})] and keep the old record for the consumers still running",
        FindingSeverity.Error);

    /// <summary>CTR0101: a compatible change the lock does not record yet.</summary>
    public static readonly GateRule LockOutOfDate = new(
        "CTR0101", "contracts.lock.json is out of date",
        "{0}; the change is compatible, so only the lock is out of date: run 'dotnet build -p:UpdateContractsLock=true' and commit contracts.lock.json",
        FindingSeverity.Warning);

    /// <summary>CTR0102: a project with contracts and no lock.</summary>
    public static readonly GateRule LockMissing = new(
        "CTR0102", "Project has no contracts.lock.json",
        "{0} publishes or consumes {1} message version(s) but has no contracts.lock.json, so breaking changes cannot be detected: run 'dotnet build -p:UpdateContractsLock=true' and commit the file",
        FindingSeverity.Info);

    /// <summary>CTR0103: the lock is not a manifest this version reads.</summary>
    public static readonly GateRule LockMalformed = new(
        "CTR0103", "contracts.lock.json cannot be read",
        "{0}; fix the file (it is plain JSON, see docs/manifest-format.md) or delete it and run 'dotnet build -p:UpdateContractsLock=true' to write it again",
        FindingSeverity.Error);

    /// <summary>CTR0104: a producer change its mode rejects, read by every consumer of a fleet declared complete.</summary>
    public static readonly GateRule ReadByKnownConsumers = new(
        "CTR0104", "Producer change is read by every known consumer",
        "'{0}' version {1}: {2} compatibility with contracts.lock.json rejects this change ({3}), but the fleet is declared complete and every consumer in it reads what is sent now; consulted: {4}. Accepted: update the lock as for any compatible change. A consumer outside the declared fleet is not protected",
        FindingSeverity.Info);

    /// <summary>CTR0105: a producer change, judged by a fleet declared complete, that a known consumer cannot read.</summary>
    public static readonly GateRule KnownConsumerBroken = new(
        "CTR0105", "Producer change breaks a known consumer",
        "{0}: {1}. Message '{2}' version {3} is judged by its known consumers because the fleet is declared complete (consulted: {4}), and service '{5}' ({6}) cannot read what is sent now. Fix: keep sending what '{5}' reads, or ship the change as a new version: copy the record, give the copy [Message(\"{2}\", Version = {7})] and keep the old record for the consumers still running",
        FindingSeverity.Error);

    /// <summary>CTR0110: a consumer's view requires what a producer does not always send.</summary>
    public static readonly GateRule ConsumerCannotRead = new(
        "CTR0110", "Consumer cannot read what the producer sends",
        "{0} reads '{1}' version {2} but cannot read what service '{3}' sends ({4}): {5}: {6}. Fix: make this view read what '{3}' sends (make optional or drop a member '{3}' does not always send, add the enum members it may send), or agree the change with '{3}' first",
        FindingSeverity.Error);

    /// <summary>CTR0111: a producer sends what a consumer's view cannot read.</summary>
    public static readonly GateRule ProducerBreaksConsumer = new(
        "CTR0111", "Producer sends what a consumer cannot read",
        "'{0}' version {1} as {2} sends it cannot be read by service '{3}' ({4}): {5}: {6}. Fix: keep sending what '{3}' reads, or ship the change as version {7} and keep sending version {1} until '{3}' has moved",
        FindingSeverity.Error);

    /// <summary>CTR0112: no manifest publishes a consumed message.</summary>
    public static readonly GateRule NoProducer = new(
        "CTR0112", "No known service publishes a consumed message",
        "{0} consumes '{1}' but none of the {2} contract manifest(s) publishes it; add the producer's manifest (<ContractManifest Include=\"...\" />) or check the message name",
        FindingSeverity.Warning);

    /// <summary>CTR0113: the manifests publish other versions of a consumed message only.</summary>
    public static readonly GateRule VersionNotProduced = new(
        "CTR0113", "No known service publishes the consumed version",
        "{0} consumes '{1}' version {2}, but the contract manifests publish only version(s) {3}; consume a version that is sent, or check the producer's manifest is current",
        FindingSeverity.Warning);

    /// <summary>CTR0114: no manifest consumes a published message.</summary>
    public static readonly GateRule NoConsumer = new(
        "CTR0114", "No known service consumes a published message",
        "{0} publishes '{1}' version {2} but no contract manifest consumes it",
        FindingSeverity.Info);

    /// <summary>CTR0115: another service's manifest cannot be read.</summary>
    public static readonly GateRule ManifestMalformed = new(
        "CTR0115", "Contract manifest cannot be read",
        "{0}; fix the manifest (see docs/manifest-format.md) or remove it from <ContractManifest>",
        FindingSeverity.Error);

    /// <summary>CTR0120: a JavaScript consumer reads a 64-bit integer or a decimal into a double.</summary>
    public static readonly GateRule JavaScriptNumberPrecision = new(
        "CTR0120", "A JavaScript consumer loses precision on a number",
        "'{0}' version {1} as {2} sends it is read by service '{3}' ({4}), which is written in {5} and parses JSON numbers into doubles: {6}. Fix: send the value as a string member (a decimal as its text, a 64-bit id as a string) or as an integer within ±2^53 (money in minor units), or suppress CTR0120 where the values are known to stay small",
        FindingSeverity.Warning);

    /// <summary>Every rule.</summary>
    public static IReadOnlyList<GateRule> All { get; } = new[]
    {
        BreakingChange, LockOutOfDate, LockMissing, LockMalformed, ReadByKnownConsumers, KnownConsumerBroken, ConsumerCannotRead, ProducerBreaksConsumer,
        NoProducer, VersionNotProduced, NoConsumer, ManifestMalformed, JavaScriptNumberPrecision,
    };
}
