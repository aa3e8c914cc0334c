using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Contracts.Generator.Emitting;
using Contracts.Generator.Specs;
using Contracts.Schema;
using Contracts.Schema.Gates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Contracts.Generator;

/// <summary>
/// The steps from parse results to what the emitters take: one static method per step, each returning a value-equal
/// result, so that an edit which changes nothing a step reads stops there.
/// </summary>
internal static class SpecSteps
{
    public static bool HasSpec(MessageParseResult result) => result.Message is not null;

    public static bool HasConsumer(ConsumerParseResult result) => result.Consumer is not null;

    public static ConsumerSpec Consumer(ConsumerParseResult result, CancellationToken cancellationToken) => result.Consumer!;

    /// <summary>The message's spec with its fingerprint, over its whole schema: the nested types and enums it reaches, here and in the referenced assemblies.</summary>
    public static ContractTypeSpec Spec(MessageParseResult result, CancellationToken cancellationToken)
    {
        var message = result.Message!;
        var info = message.Message!;
        // Never throws into the pipeline: a fingerprint that cannot be computed stays null, and the message's output
        // step reports it as CTR9999 at emission (ContractTypeEmitter) instead of the generator losing every file.
        var fingerprint = Guard.Run<string?>(
            info.Name, null, () => MessageFingerprint.Of(message, info.Name, info.Version, result.NestedTypes, result.Enums, result.Reached!), _ => null);
        return message with { Message = info with { Fingerprint = fingerprint } };
    }

    public static EquatableArray<ContractTypeSpec> NestedTypesOf(MessageParseResult result, CancellationToken cancellationToken) => result.NestedTypes;

    public static EquatableArray<EnumSpec> EnumsOf(MessageParseResult result, CancellationToken cancellationToken) => result.Enums;

    /// <summary>The records every message reaches, each once (HintNames.Unique says what happens to a conflict).</summary>
    public static ImmutableArray<ContractTypeSpec> UniqueNestedTypes(ImmutableArray<EquatableArray<ContractTypeSpec>> all, CancellationToken cancellationToken)
        => HintNames.Unique(all.SelectMany(types => types), static t => t.Declaration.FullyQualifiedName).ToImmutableArray();

    public static ImmutableArray<EnumSpec> UniqueEnums(ImmutableArray<EquatableArray<EnumSpec>> all, CancellationToken cancellationToken)
        => HintNames.Unique(all.SelectMany(e => e), static e => e.TypeName).ToImmutableArray();

    /// <summary>
    /// [Message] types this compilation could not generate (each has its own error, or the compiler's). Publishers and
    /// consumers leave them out, so that the error is not followed by compiler errors in generated code that uses them.
    /// </summary>
    public static EquatableArray<string> Unemitted(ImmutableArray<MessageParseResult> all, CancellationToken cancellationToken)
        => all.Where(r => r.Message is null).Select(r => r.Identity.TypeName).Distinct().OrderBy(name => name, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>One spec per publisher type (a partial one with attributes on two declarations is seen twice).</summary>
    public static ImmutableArray<PublisherSpec> Publishers((ImmutableArray<PublisherParseResult> Results, EquatableArray<string> Unemitted) input, CancellationToken cancellationToken)
    {
        var (results, unemitted) = input;
        var specs = results.Where(r => r.Publisher is not null).Select(r => r.Publisher! with { Messages = Generated(r.Publisher!.Messages, unemitted) });
        return HintNames.Unique(specs, static p => p.Declaration.FullyQualifiedName).ToImmutableArray();
    }

    /// <summary>What AddContracts() and the dispatcher need; null when the project has nothing to register.</summary>
    public static ServiceSpec? Service(
        ((((ImmutableArray<ConsumerSpec> Consumers, EquatableArray<string> Unemitted) Parsed, ImmutableArray<PublisherSpec> Publishers) Specs, (bool HasMessages, string Name) Project) Local, EquatableArray<CheckedProducer>? Checked) input,
        CancellationToken cancellationToken)
    {
        var ((((specs, unemitted), publishers), (hasMessages, name)), checkedSchemas) = input;
        var consumers = specs
            .Select(c => c with { Messages = Generated(c.Messages, unemitted), Upcasts = c.Upcasts.Where(u => !unemitted.Contains(u.From.TypeName) && !unemitted.Contains(u.To.TypeName)).ToEquatableArray() })
            .Where(c => c.Messages.Count + c.Upcasts.Count > 0)
            .Distinct()
            .OrderBy(c => c.TypeName, StringComparer.Ordinal)
            .ToEquatableArray();
        return consumers.Count + publishers.Length == 0 && !hasMessages
            ? null
            : new ServiceSpec(name, consumers, publishers.Select(p => p.Declaration.FullyQualifiedName).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray(), checkedSchemas);
    }

    public static EquatableArray<UpcastSite> UpcastsOf(ConsumerParseResult result, CancellationToken cancellationToken) => result.Upcasts;

    /// <summary>CTR0022 at each upcaster that closes a loop, over all of the project's upcasters.</summary>
    public static EquatableArray<DiagnosticInfo> UpcastLoops(ImmutableArray<EquatableArray<UpcastSite>> all, CancellationToken cancellationToken)
    {
        var sites = all.SelectMany(s => s).ToList();
        if (sites.Count == 0)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        return new UpcastGraph(sites.Select(s => s.Upcast)).Loops()
            .Select(loop =>
            {
                var site = sites.First(s => s.Upcast == loop.Upcast);
                return Diagnostics.Diagnose.UpcastLoop(site.Location, site.Upcaster, loop.Loop);
            })
            .ToEquatableArray();
    }

    public static bool AnyMessage(ImmutableArray<ContractTypeSpec> all, CancellationToken cancellationToken) => all.Length > 0;

    public static string AssemblyName(Compilation compilation, CancellationToken cancellationToken) => compilation.AssemblyName ?? "service";

    /// <summary><c>ContractsServiceName</c> when set, else the assembly name.</summary>
    public static string ServiceName((AnalyzerConfigOptionsProvider Options, string AssemblyName) input, CancellationToken cancellationToken)
        => input.Options.GlobalOptions.TryGetValue("build_property.ContractsServiceName", out var name) && !string.IsNullOrWhiteSpace(name) ? name.Trim() : input.AssemblyName;

    /// <summary>The qualified names of the contract files one parse adds, for the hint names' clash check.</summary>
    public static EquatableArray<string> ContractNames(MessageParseResult result, CancellationToken cancellationToken)
        => result.NestedTypes.Select(t => t.Declaration.FullyQualifiedName)
            .Concat(result.Message is { } message ? new[] { message.Declaration.FullyQualifiedName } : Array.Empty<string>())
            .ToEquatableArray();

    public static EquatableArray<string> EnumNames(MessageParseResult result, CancellationToken cancellationToken) => result.Enums.Select(e => e.TypeName).ToEquatableArray();

    public static string PublisherName(PublisherParseResult result, CancellationToken cancellationToken) => result.Publisher?.Declaration.FullyQualifiedName ?? string.Empty;

    /// <summary>The names among all of one kind that would share a hint name ignoring case (usually none).</summary>
    public static EquatableArray<string> Clashes(ImmutableArray<EquatableArray<string>> all, CancellationToken cancellationToken) => HintNames.Clashes(all.SelectMany(names => names));

    public static EquatableArray<string> Clashes(ImmutableArray<string> all, CancellationToken cancellationToken) => HintNames.Clashes(all.Where(name => name.Length > 0));

    private static EquatableArray<MessageRef> Generated(EquatableArray<MessageRef> messages, EquatableArray<string> unemitted)
        => unemitted.Count == 0 ? messages : messages.Where(m => !unemitted.Contains(m.TypeName)).ToEquatableArray();
}
