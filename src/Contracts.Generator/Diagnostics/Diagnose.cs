using System;
using System.Globalization;
using System.Linq;
using Contracts.Generator.Specs;
using Contracts.Schema;
using Contracts.Schema.Gates;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator.Diagnostics;

/// <summary>
/// Typed factories for every diagnostic: each one names its arguments, so no call site counts the positions of a
/// message template. The gates' findings (CTR01xx) come from the schema library and are placed by
/// <see cref="Finding(Schema.Gates.Finding, LocationInfo?)"/>.
/// </summary>
internal static class Diagnose
{
    public static DiagnosticInfo MessageNotPartial(Location? at, string type) => Create(DiagnosticDescriptors.MessageNotPartial, at, type);

    /// <param name="suggestion">What to use instead, in words; when it starts with a type, that type is also the
    /// <see cref="DiagnosticProperties.SuggestedType"/> property, for the IDE's fix.</param>
    public static DiagnosticInfo UnsupportedMemberType(Location? at, string member, string owner, string type, string suggestion)
        => Create(DiagnosticDescriptors.UnsupportedMemberType, at, member, owner, type, suggestion)
            with { Properties = DiagnosticProperties.Of(DiagnosticProperties.SuggestedType, DiagnosticProperties.SuggestedTypeIn(suggestion)) };

    /// <param name="other">How the other declaration is named: <c>'Type'</c>, or with the assembly it is in.</param>
    public static DiagnosticInfo DuplicateMessage(LocationInfo? at, string name, int version, string type, string other)
        => new(DiagnosticDescriptors.DuplicateMessage.Id, at, new EquatableArray<string>(new[] { name, Number(version), type, other }));

    public static DiagnosticInfo InvalidMessageName(Location? at, string name) => Create(DiagnosticDescriptors.InvalidMessageName, at, name);

    public static DiagnosticInfo InvalidMessageVersion(Location? at, string name, int version) => Create(DiagnosticDescriptors.InvalidMessageVersion, at, name, Number(version));

    public static DiagnosticInfo ConsumedTypeNotMessage(Location? at, string consumer, string type) => Create(DiagnosticDescriptors.ConsumedTypeNotMessage, at, consumer, type);

    public static DiagnosticInfo PublishedTypeNotMessage(Location? at, string publisher, string type) => Create(DiagnosticDescriptors.PublishedTypeNotMessage, at, publisher, type);

    public static DiagnosticInfo DuplicateWireName(Location? at, string first, string second, string owner, string wireName)
        => Create(DiagnosticDescriptors.DuplicateWireName, at, first, second, owner, wireName);

    public static DiagnosticInfo PublisherNotPartial(Location? at, string publisher) => Create(DiagnosticDescriptors.PublisherNotPartial, at, publisher);

    public static DiagnosticInfo RecursiveContract(Location? at, string member, string owner, string cycle) => Create(DiagnosticDescriptors.RecursiveContract, at, member, owner, cycle);

    public static DiagnosticInfo NestedTypeNotPartial(Location? at, string type, string message) => Create(DiagnosticDescriptors.NestedTypeNotPartial, at, type, message);

    public static DiagnosticInfo ContractTypeNotRecord(Location? at, string type) => Create(DiagnosticDescriptors.ContractTypeNotRecord, at, type);

    public static DiagnosticInfo InvalidWireName(Location? at, string wireName, string member) => Create(DiagnosticDescriptors.InvalidWireName, at, wireName, member);

    public static DiagnosticInfo GenericContractType(Location? at, string type) => Create(DiagnosticDescriptors.GenericContractType, at, type);

    public static DiagnosticInfo ContainingTypeNotPartial(Location? at, string type, string container) => Create(DiagnosticDescriptors.ContainingTypeNotPartial, at, type, container);

    public static DiagnosticInfo PublisherHasConstructor(Location? at, string publisher) => Create(DiagnosticDescriptors.PublisherHasConstructor, at, publisher);

    public static DiagnosticInfo DuplicatePublishes(Location? at, string publisher, string message) => Create(DiagnosticDescriptors.DuplicatePublishes, at, publisher, message);

    public static DiagnosticInfo ExternalTypeWithoutContract(Location? at, string type, string assembly) => Create(DiagnosticDescriptors.ExternalTypeWithoutContract, at, type, assembly);

    public static DiagnosticInfo NoConstructor(Location? at, string type) => Create(DiagnosticDescriptors.NoConstructor, at, type);

    public static DiagnosticInfo TwoEnumFallbacks(Location? at, string type, string first, string second) => Create(DiagnosticDescriptors.TwoEnumFallbacks, at, type, first, second);

    public static DiagnosticInfo UpcastTypeNotMessage(Location? at, string upcaster, string type) => Create(DiagnosticDescriptors.UpcastTypeNotMessage, at, upcaster, type);

    /// <param name="loop">The messages of the loop in order, back to the first: <c>a v1 -> a v2 -> a v1</c>.</param>
    public static DiagnosticInfo UpcastLoop(LocationInfo? at, string upcaster, string loop)
        => new(DiagnosticDescriptors.UpcastLoop.Id, at, new EquatableArray<string>(new[] { upcaster, loop }));

    /// <summary>CTR9999: a bug in the generator, with what it was doing and what went wrong.</summary>
    public static DiagnosticInfo Failure(string subject, string what, LocationInfo? at)
        => new(DiagnosticDescriptors.GeneratorFailure.Id, at, new EquatableArray<string>(new[] { subject, what }));

    /// <summary>CTR9999 for an exception, with its type, message and first stack frame.</summary>
    public static DiagnosticInfo Failure(string subject, Exception exception, LocationInfo? at) => Failure(subject, Describe(exception), at);

    /// <summary>A gate's finding as the diagnostic of its rule, at <paramref name="at"/> (resolved by the caller from its site).</summary>
    public static DiagnosticInfo Finding(Finding finding, LocationInfo? at)
        => new(finding.Id, at, finding.Arguments, finding.AsError) { Properties = finding.Properties };

    private static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? at, params string[] arguments)
        => new(descriptor.Id, LocationInfo.From(at), new EquatableArray<string>(arguments));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Describe(Exception exception)
    {
        var frame = exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? string.Empty;
        return exception.GetType().Name + ": " + exception.Message + (frame.Length > 0 ? " (" + frame + ")" : string.Empty);
    }
}
