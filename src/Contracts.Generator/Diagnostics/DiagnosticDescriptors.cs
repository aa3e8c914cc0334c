using System.Collections.Generic;
using System.Linq;
using Contracts.Schema.Gates;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Diagnostics;

/// <summary>
/// The one catalog of diagnostics. IDs are stable forever: a retired ID is never reused. Each has a page at
/// docs/diagnostics/CTRnnnn.md (the help link) and a line in AnalyzerReleases.*.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Contracts";
    private const string HelpBase = "https://github.com/contracts-dotnet/contracts/blob/main/docs/diagnostics/";

    public static readonly DiagnosticDescriptor MessageNotPartial = Error(
        "CTR0001", "Message type must be partial",
        "Message type '{0}' must be declared partial so that its serializer can be generated; add the 'partial' modifier");

    public static readonly DiagnosticDescriptor UnsupportedMemberType = Error(
        "CTR0002", "Member type is not supported on the wire",
        "Member '{0}' of '{1}' has type '{2}', which is not a supported contract type; use {3}");

    public static readonly DiagnosticDescriptor DuplicateMessage = Error(
        "CTR0003", "Two messages share a name and version",
        "Message '{0}' version {1} is declared by both '{2}' and {3}; give one a different name or version");

    public static readonly DiagnosticDescriptor InvalidMessageName = Error(
        "CTR0004", "Invalid message name",
        "Message name '{0}' is invalid: use lower-case letters, digits and the separators '.', '-' or '_' (for example 'orders.order-placed'), starting with a letter, at most 200 characters");

    public static readonly DiagnosticDescriptor InvalidMessageVersion = Error(
        "CTR0005", "Invalid message version",
        "Message '{0}' has version {1}; versions start at 1");

    public static readonly DiagnosticDescriptor ConsumedTypeNotMessage = Error(
        "CTR0006", "Consumed type is not a message",
        "'{0}' consumes '{1}', which is not a message; mark '{1}' with [Message(\"name\")] or consume a message type");

    public static readonly DiagnosticDescriptor PublishedTypeNotMessage = Error(
        "CTR0007", "Published type is not a message",
        "'{0}' publishes '{1}', which is not a message; mark '{1}' with [Message(\"name\")] or publish a message type");

    public static readonly DiagnosticDescriptor DuplicateWireName = Error(
        "CTR0008", "Two members share a wire name",
        "Members '{0}' and '{1}' of '{2}' both have the wire name '{3}'; rename one or pin a different name with [WireName(\"...\")]");

    public static readonly DiagnosticDescriptor PublisherNotPartial = Error(
        "CTR0009", "Publisher type must be partial",
        "Publisher '{0}' must be declared partial so that its PublishAsync methods can be generated; add the 'partial' modifier");

    public static readonly DiagnosticDescriptor RecursiveContract = Error(
        "CTR0010", "Contract type graph is recursive",
        "Member '{0}' of '{1}' makes the contract recursive ({2}); messages must be finite trees: break the cycle, for example by sending an id instead");

    public static readonly DiagnosticDescriptor NestedTypeNotPartial = Error(
        "CTR0011", "Nested contract type must be partial",
        "'{0}' is used by message '{1}' and must be declared partial so that its serializer can be generated; add the 'partial' modifier");

    public static readonly DiagnosticDescriptor ContractTypeNotRecord = Error(
        "CTR0012", "Contract type must be a record",
        "'{0}' must be a record (record class or record struct) to be part of a contract: records have value equality and a constructor the generated reader can call");

    public static readonly DiagnosticDescriptor InvalidWireName = Error(
        "CTR0013", "Invalid wire name",
        "Wire name '{0}' on '{1}' is invalid: it must be non-empty, without control characters or leading or trailing white space");

    public static readonly DiagnosticDescriptor GenericContractType = Error(
        "CTR0014", "Contract type must not be generic",
        "'{0}' is generic; a contract has one fixed shape on the wire: declare a non-generic record per shape");

    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Error(
        "CTR0015", "Containing type must be partial",
        "'{0}' is nested in '{1}', which must be declared partial too so that generated code can extend '{0}'");

    public static readonly DiagnosticDescriptor PublisherHasConstructor = Error(
        "CTR0016", "Publisher must not declare a constructor",
        "Publisher '{0}' declares a constructor; the generated constructor takes the MessageSender: remove yours and inject other services into the callers instead");

    public static readonly DiagnosticDescriptor DuplicatePublishes = Warning(
        "CTR0017", "Message published twice by one publisher",
        "Publisher '{0}' declares [Publishes<{1}>] more than once; remove the duplicate");

    public static readonly DiagnosticDescriptor ExternalTypeWithoutContract = Error(
        "CTR0018", "Referenced type has no generated contract",
        "'{0}' comes from assembly '{1}' and has no generated contract; add the Contracts package to that project, or declare a partial record of your own");

    public static readonly DiagnosticDescriptor NoConstructor = Error(
        "CTR0019", "Contract type cannot be constructed",
        "'{0}' has neither a primary constructor nor an accessible parameterless constructor; the generated reader needs one of them");

    public static readonly DiagnosticDescriptor TwoEnumFallbacks = Error(
        "CTR0020", "Enum has more than one fallback member",
        "'{0}' marks both '{1}' and '{2}' with [EnumFallback]; a name the reader does not know can fall back to one member only");

    public static readonly DiagnosticDescriptor UpcastTypeNotMessage = Error(
        "CTR0021", "Upcaster converts a type that is not a message",
        "Upcaster '{0}' converts '{1}', which is not a message; both type arguments of IUpcast<TOld, TNew> must be [Message] types");

    public static readonly DiagnosticDescriptor UpcastLoop = Error(
        "CTR0022", "Upcasters form a loop",
        "Upcaster '{0}' closes a loop ({1}); upcasters convert older messages into newer ones, so a chain must end: remove the upcaster that converts back");

    // The gates' rules: their titles and texts are the schema library's, which the command-line tool prints too. The ID
    // is written here as well, for the release tracking analyzer; a test holds the two equal.
    public static readonly DiagnosticDescriptor BreakingChange = FromRule("CTR0100", GateRules.BreakingChange);

    public static readonly DiagnosticDescriptor LockOutOfDate = FromRule("CTR0101", GateRules.LockOutOfDate);

    public static readonly DiagnosticDescriptor LockMissing = FromRule("CTR0102", GateRules.LockMissing);

    public static readonly DiagnosticDescriptor LockMalformed = FromRule("CTR0103", GateRules.LockMalformed);

    public static readonly DiagnosticDescriptor ReadByKnownConsumers = FromRule("CTR0104", GateRules.ReadByKnownConsumers);

    public static readonly DiagnosticDescriptor KnownConsumerBroken = FromRule("CTR0105", GateRules.KnownConsumerBroken);

    public static readonly DiagnosticDescriptor ConsumerCannotRead = FromRule("CTR0110", GateRules.ConsumerCannotRead);

    public static readonly DiagnosticDescriptor ProducerBreaksConsumer = FromRule("CTR0111", GateRules.ProducerBreaksConsumer);

    public static readonly DiagnosticDescriptor NoProducer = FromRule("CTR0112", GateRules.NoProducer);

    public static readonly DiagnosticDescriptor VersionNotProduced = FromRule("CTR0113", GateRules.VersionNotProduced);

    public static readonly DiagnosticDescriptor NoConsumer = FromRule("CTR0114", GateRules.NoConsumer);

    public static readonly DiagnosticDescriptor ManifestMalformed = FromRule("CTR0115", GateRules.ManifestMalformed);

    public static readonly DiagnosticDescriptor JavaScriptNumberPrecision = FromRule("CTR0120", GateRules.JavaScriptNumberPrecision);

    public static readonly DiagnosticDescriptor GeneratorFailure = new(
        "CTR9999", "Contracts generator failed unexpectedly",
        "The Contracts generator failed while processing '{0}': {1}. Please report this with the code that causes it.",
        Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + "CTR9999.md");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = typeof(DiagnosticDescriptors)
        .GetFields()
        .Select(field => field.GetValue(null))
        .OfType<DiagnosticDescriptor>()
        .ToDictionary(descriptor => descriptor.Id);

    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

    public static DiagnosticDescriptor Find(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : GeneratorFailure;

    private static DiagnosticDescriptor FromRule(string id, GateRule rule)
        => new(id, rule.Title, rule.Template, Category, Severity(rule.Severity), isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");

    private static DiagnosticSeverity Severity(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Info => DiagnosticSeverity.Info,
        FindingSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Error,
    };

    private static DiagnosticDescriptor Error(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");

    private static DiagnosticDescriptor Warning(string id, string title, string message)
        => new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");
}
