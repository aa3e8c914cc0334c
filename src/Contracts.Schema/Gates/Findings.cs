using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Contracts.Schema.Compatibility;
using Contracts.Schema.Manifest;

namespace Contracts.Schema.Gates;

/// <summary>
/// Typed factories for the gates' findings: each one knows its rule's arguments, so no call site counts positions.
/// </summary>
public static class Findings
{
    /// <summary>CTR0100 for a violation of the locked contract of <paramref name="schema"/>.</summary>
    public static Finding BreakingChange(Violation violation, ContractSchema schema, FindingSite site)
        => Create(GateRules.BreakingChange, site, violation.RuleId, Detail(violation), schema.Name, Number(schema.Version), schema.Compatibility.ToString(), Number(schema.Version + 1))
            with { Properties = About(violation, schema, new FindingProperty(FindingProperties.NextVersion, Number(schema.Version + 1))) };

    /// <summary>CTR0101: <paramref name="what"/> says how the code and the lock differ.</summary>
    public static Finding LockOutOfDate(string what, FindingSite site) => Create(GateRules.LockOutOfDate, site, what);

    /// <summary>CTR0102 for a project with <paramref name="count"/> message versions and no lock.</summary>
    public static Finding LockMissing(string service, int count, bool asError)
        => Create(GateRules.LockMissing, FindingSite.None, service, Number(count)) with { AsError = asError };

    /// <summary>CTR0103 for one error in the project's own lock.</summary>
    public static Finding LockMalformed(ManifestError error) => Create(GateRules.LockMalformed, At(error), error.ToString());

    /// <summary>CTR0115 for one error in another service's manifest.</summary>
    public static Finding ManifestMalformed(ManifestError error) => Create(GateRules.ManifestMalformed, At(error), error.ToString());

    /// <summary>CTR0104: the <paramref name="waived"/> violations of the mode are read by every consumer in <paramref name="consulted"/>.</summary>
    public static Finding ReadByKnownConsumers(ContractSchema sent, IReadOnlyList<Violation> waived, string consulted)
        => Create(GateRules.ReadByKnownConsumers, FindingSite.InMessage(sent.Name, sent.Version, waived[0].TopLevelMember), sent.Name, Number(sent.Version), sent.Compatibility.ToString(),
            string.Join(", ", waived.Select(v => v.RuleId + " at " + v.Path).Distinct()), consulted);

    /// <summary>CTR0105: <paramref name="consumer"/>, one of the <paramref name="consulted"/> known consumers, cannot read what is sent now.</summary>
    public static Finding KnownConsumerBroken(Violation violation, ContractSchema sent, string consulted, string consumer, string consumerFile)
        => Create(GateRules.KnownConsumerBroken, FindingSite.InMessage(sent.Name, sent.Version, violation.TopLevelMember), violation.RuleId, Detail(violation), sent.Name, Number(sent.Version), consulted, consumer, consumerFile, Number(sent.Version + 1))
            with { Properties = About(violation, sent, new FindingProperty(FindingProperties.NextVersion, Number(sent.Version + 1))) };

    /// <summary>CTR0110: the project's view of a message cannot read what <paramref name="producer"/> sends.</summary>
    public static Finding ConsumerCannotRead(string service, ContractSchema view, string producer, string producerFile, Violation violation, FindingSite site)
        => Create(GateRules.ConsumerCannotRead, site, service, view.Name, Number(view.Version), producer, producerFile, violation.RuleId, Detail(violation))
            with { Properties = About(violation, view) };

    /// <summary>CTR0111: what the project sends cannot be read by <paramref name="consumer"/>'s view.</summary>
    public static Finding ProducerBreaksConsumer(string service, ContractSchema sent, string consumer, string consumerFile, Violation violation, FindingSite site)
        => Create(GateRules.ProducerBreaksConsumer, site, sent.Name, Number(sent.Version), service, consumer, consumerFile, violation.RuleId, Detail(violation), Number(sent.Version + 1));

    /// <summary>CTR0120: <paramref name="consumer"/>, a JavaScript service, reads a number of what <paramref name="producer"/> sends into a double.</summary>
    public static Finding JavaScriptNumberPrecision(string producer, ContractSchema sent, string consumer, string consumerFile, string language, Violation violation, FindingSite site)
        => Create(GateRules.JavaScriptNumberPrecision, site, sent.Name, Number(sent.Version), producer, consumer, consumerFile, language, Detail(violation))
            with { Properties = About(violation, sent) };

    /// <summary>CTR0112: none of <paramref name="manifests"/> manifests publishes a consumed message.</summary>
    public static Finding NoProducer(string service, string name, int manifests, FindingSite site)
        => Create(GateRules.NoProducer, site, service, name, Number(manifests));

    /// <summary>CTR0113: the manifests publish only <paramref name="sentVersions"/> of a consumed message.</summary>
    public static Finding VersionNotProduced(string service, ContractSchema view, string sentVersions, FindingSite site)
        => Create(GateRules.VersionNotProduced, site, service, view.Name, Number(view.Version), sentVersions);

    /// <summary>CTR0114: no manifest consumes a published message.</summary>
    public static Finding NoConsumer(string service, ContractSchema sent, FindingSite site)
        => Create(GateRules.NoConsumer, site, service, sent.Name, Number(sent.Version));

    /// <summary>
    /// The one way a violation is told in a message: its text without the final period, and where it is when that is
    /// not the message itself (<c>... (at $.lines[].sku)</c>).
    /// </summary>
    public static string Detail(Violation violation)
        => violation.Message.TrimEnd('.') + (violation.Path.Length > 1 ? " (at " + violation.Path + ")" : string.Empty);

    /// <summary>The violation and its message as values; a rename adds both wire names.</summary>
    private static EquatableArray<FindingProperty> About(Violation violation, ContractSchema schema, params FindingProperty[] more)
    {
        var properties = new List<FindingProperty>
        {
            new FindingProperty(FindingProperties.Rule, violation.RuleId),
            new FindingProperty(FindingProperties.Path, violation.Path),
            new FindingProperty(FindingProperties.Member, violation.TopLevelMember),
            new FindingProperty(FindingProperties.MessageName, schema.Name),
            new FindingProperty(FindingProperties.MessageVersion, Number(schema.Version)),
        };
        if (violation.Rename is { } rename)
        {
            properties.Add(new FindingProperty(FindingProperties.OldWireName, rename.OldWireName));
            properties.Add(new FindingProperty(FindingProperties.NewWireName, rename.NewWireName));
        }

        properties.AddRange(more);
        return properties.ToEquatableArray();
    }

    private static FindingSite At(ManifestError error) => FindingSite.InFile(error.FilePath, error.Line, error.Column);

    private static Finding Create(GateRule rule, FindingSite site, params string[] arguments) => new(rule, site, arguments.ToEquatableArray());

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
