using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Emitting;
using Contracts.Generator.Gates;
using Contracts.Generator.Parsing;
using Contracts.Generator.Specs;
using Contracts.Schema;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator;

/// <summary>The source outputs, and the steps that gather what the one diagnostics output reports.</summary>
internal static class OutputSteps
{
    public static EquatableArray<DiagnosticInfo> DiagnosticsOf(MessageParseResult result, CancellationToken cancellationToken) => result.Diagnostics;

    public static EquatableArray<DiagnosticInfo> DiagnosticsOf(PublisherParseResult result, CancellationToken cancellationToken) => result.Diagnostics;

    public static EquatableArray<DiagnosticInfo> DiagnosticsOf(ConsumerParseResult result, CancellationToken cancellationToken) => result.Diagnostics;

    public static MessageIdentity IdentityOf(MessageParseResult result, CancellationToken cancellationToken) => result.Identity;

    public static EquatableArray<DiagnosticInfo> Duplicates((ImmutableArray<MessageIdentity> Local, ReferencedContracts Referenced) input, CancellationToken cancellationToken)
        => DuplicateMessages.Find(input.Local.ToEquatableArray(), input.Referenced.Messages);

    /// <summary>Two whole-project checks' diagnostics as one list (duplicate identities, upcaster loops).</summary>
    public static EquatableArray<DiagnosticInfo> Concat((EquatableArray<DiagnosticInfo> First, EquatableArray<DiagnosticInfo> Second) input, CancellationToken cancellationToken)
        => input.Second.IsEmpty ? input.First : input.First.Concat(input.Second).ToEquatableArray();

    /// <summary>Every parser's diagnostics, the duplicates and unreadable references, once each, in source order.</summary>
    public static EquatableArray<DiagnosticInfo> LocalDiagnostics(
        ((((ImmutableArray<EquatableArray<DiagnosticInfo>> Messages, ImmutableArray<EquatableArray<DiagnosticInfo>> Publishers) Parsed, ImmutableArray<EquatableArray<DiagnosticInfo>> Consumers) Types, EquatableArray<DiagnosticInfo> Duplicates) All, ReferencedContracts Referenced) input,
        CancellationToken cancellationToken)
    {
        var ((((messages, publishers), consumers), duplicates), referenced) = input;
        return messages.Concat(publishers).Concat(consumers).SelectMany(d => d)
            .Concat(duplicates)
            .Concat(referenced.Failures)
            .Distinct()
            .OrderBy(d => d.Location?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location?.Span.Start ?? 0).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToEquatableArray();
    }

    /// <summary>One generated file: its hint name (see HintNames) and its text, guarded.</summary>
    public static void Emit<T>(SourceProductionContext context, T spec, string qualifiedName, string suffix, EquatableArray<string> clashes, Func<T, string> emit)
    {
        var hintName = HintNames.For(qualifiedName, suffix, clashes);
        Guard.Run(context, hintName, () => context.AddSource(hintName, emit(spec)));
    }

    public static void Contract(SourceProductionContext context, (ContractTypeSpec Spec, EquatableArray<string> Clashes) input)
        => Emit(context, input.Spec, input.Spec.Declaration.FullyQualifiedName, ".Contract.g.cs", input.Clashes, ContractTypeEmitter.Emit);

    public static void Enum(SourceProductionContext context, (EnumSpec Spec, EquatableArray<string> Clashes) input)
        => Emit(context, input.Spec, input.Spec.TypeName, ".Enum.g.cs", input.Clashes, EnumEmitter.Emit);

    public static void Publisher(SourceProductionContext context, (PublisherSpec Spec, EquatableArray<string> Clashes) input)
        => Emit(context, input.Spec, input.Spec.Declaration.FullyQualifiedName, ".Publisher.g.cs", input.Clashes, PublisherEmitter.Emit);

    public static void Service(SourceProductionContext context, ServiceSpec? spec)
    {
        if (spec is null)
        {
            return;
        }

        Guard.Run(context, "AddContracts", () =>
        {
            if (spec.Dispatches)
            {
                context.AddSource("Contracts.Dispatcher.g.cs", DispatcherEmitter.Emit(spec));
            }

            context.AddSource("Contracts.Registration.g.cs", RegistrationEmitter.Emit(spec));
        });
    }

    /// <summary>
    /// The one output that takes the compilation (so diagnostics land in its trees and #pragma applies): it re-runs on
    /// every keystroke, so everything that needs the compilation is reported here, once.
    /// </summary>
    public static void DiagnosticsAndLock(SourceProductionContext context, ((EquatableArray<DiagnosticInfo> Local, GateResult Gates) Results, Compilation Compilation) input)
    {
        var ((local, gates), compilation) = input;
        DiagnosticReporter.Report(context, local.Concat(gates.Diagnostics), compilation);
        if (gates.NewLockText is { } text)
        {
            Guard.Run(context, "contracts.lock.json", () => context.AddSource(LockEmitter.HintName, LockEmitter.Emit(text)));
        }
    }
}
