using System;
using System.Collections.Immutable;
using System.Linq;
using Contracts.Generator.CrossService;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Emitting;
using Contracts.Generator.Evolution;
using Contracts.Generator.Model;
using Contracts.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

using Contracts.Schema;

namespace Contracts.Generator;

/// <summary>
/// The incremental pipeline only. Data flows one way: syntax → spec (Parsing) → source (Emitting) and diagnostics.
/// Nothing after a parser touches a symbol, and every step is named (TrackingNames) for the caching tests.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ContractsGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var messages = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownTypes.MessageAttribute, static (node, _) => node is TypeDeclarationSyntax, static (ctx, ct) => ParseMessage(ctx, ct))
            .WithTrackingName(TrackingNames.Messages);

        var messageSpecs = messages
            .Where(static result => result.Message is not null)
            .Select(static (result, _) => result.Message!)
            .WithTrackingName(TrackingNames.MessageSpecs);

        var nestedTypes = messages
            .Select(static (result, _) => result.NestedTypes)
            .Collect()
            .SelectMany(static (all, _) => HintNames.Unique(all.SelectMany(types => types), static t => t.Declaration.FullyQualifiedName).ToImmutableArray())
            .WithTrackingName(TrackingNames.NestedTypes);

        var enums = messages
            .Select(static (result, _) => result.Enums)
            .Collect()
            .SelectMany(static (all, _) => HintNames.Unique(all.SelectMany(e => e), static e => e.TypeName).ToImmutableArray())
            .WithTrackingName(TrackingNames.Enums);

        // [Message] types this compilation could not generate (each has its own CTR error). Publishers and consumers leave
        // them out, so that the CTR error is not followed by compiler errors in generated code that uses them.
        var unemitted = messages
            .Where(static result => result.Message is null)
            .Select(static (result, _) => result.Identity.TypeName)
            .Collect()
            .Select(static (all, _) => all.Distinct().OrderBy(name => name, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.UnemittedMessages);

        var publishers = context.SyntaxProvider
            .ForAttributeWithMetadataName(KnownTypes.PublishesAttribute, static (node, _) => node is ClassDeclarationSyntax, static (ctx, ct) => ParsePublisher(ctx, ct))
            .WithTrackingName(TrackingNames.Publishers);

        // A partial publisher with attributes on two declarations is seen twice; Distinct keeps one file per type.
        var publisherSpecs = publishers
            .Where(static result => result.Publisher is not null)
            .Select(static (result, _) => result.Publisher!)
            .Collect()
            .Combine(unemitted)
            .SelectMany(static (input, _) => HintNames.Unique(input.Left.Select(p => p with { Messages = Generated(p.Messages, input.Right) }), static p => p.Declaration.FullyQualifiedName)
                .ToImmutableArray())
            .WithTrackingName(TrackingNames.PublisherSpecs);

        var consumers = context.SyntaxProvider
            .CreateSyntaxProvider(static (node, ct) => ConsumerParser.IsCandidate(node, ct), static (ctx, ct) => ParseConsumer(ctx, ct))
            .Where(static result => result.Consumer is not null || !result.Diagnostics.IsEmpty)
            .WithTrackingName(TrackingNames.Consumers);

        var serviceName = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => options.GlobalOptions.TryGetValue("build_property.ContractsServiceName", out var name) && !string.IsNullOrWhiteSpace(name) ? name.Trim() : null)
            .Combine(context.CompilationProvider.Select(static (compilation, _) => compilation.AssemblyName ?? "service"))
            .Select(static (pair, _) => pair.Left ?? pair.Right)
            .WithTrackingName(TrackingNames.ServiceName);

        var service = consumers
            .Where(static result => result.Consumer is not null)
            .Select(static (result, _) => result.Consumer!)
            .Collect()
            .Combine(unemitted)
            .Select(static (input, _) => input.Left
                .Select(c => c with { Messages = Generated(c.Messages, input.Right) })
                .Where(c => c.Messages.Count > 0)
                .ToImmutableArray())
            .Combine(publisherSpecs.Collect())
            .Combine(messageSpecs.Collect().Select(static (all, _) => all.Length > 0))
            .Combine(serviceName)
            .Select(static (input, _) => input.Left.Left.Left.Length + input.Left.Left.Right.Length == 0 && !input.Left.Right
                ? null
                : new ServiceSpec(
                    input.Right,
                    input.Left.Left.Left.Distinct().OrderBy(c => c.TypeName, StringComparer.Ordinal).ToEquatableArray(),
                    input.Left.Left.Right.Select(p => p.Declaration.FullyQualifiedName).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray()))
            .WithTrackingName(TrackingNames.Service);

        var referenced = context.CompilationProvider
            .Select(static (compilation, ct) => ReferencedContractsReader.Read(compilation, ct))
            .WithTrackingName(TrackingNames.ReferencedMessages);

        var duplicates = messages
            .Select(static (result, _) => result.Identity)
            .Collect()
            .Combine(referenced)
            .Select(static (input, _) => DuplicateMessages.Find(input.Left.ToEquatableArray(), input.Right.Messages))
            .WithTrackingName(TrackingNames.MessageIdentities);

        var diagnostics = messages.Select(static (r, _) => r.Diagnostics).Collect()
            .Combine(publishers.Select(static (r, _) => r.Diagnostics).Collect())
            .Combine(consumers.Select(static (r, _) => r.Diagnostics).Collect())
            .Combine(duplicates)
            .Select(static (input, _) => input.Left.Left.Left.SelectMany(d => d)
                .Concat(input.Left.Left.Right.SelectMany(d => d))
                .Concat(input.Left.Right.SelectMany(d => d))
                .Concat(input.Right)
                .Distinct()
                .OrderBy(d => d.Location?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location?.Span.Start ?? 0).ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.Diagnostics);

        var evolution = EvolutionPipeline(context, messages, publishers, consumers, serviceName, referenced);

        // Hint names must be unique ignoring case whatever the types are called: the few that would clash are found once
        // per kind, from the parse results' names, so that each file's step depends on that small set alone.
        var contractClashes = messages
            .Select(static (result, _) => result.NestedTypes.Select(t => t.Declaration.FullyQualifiedName).Concat(result.Message is { } m ? new[] { m.Declaration.FullyQualifiedName } : Array.Empty<string>()).ToEquatableArray())
            .Collect()
            .Select(static (all, _) => HintNames.Clashes(all.SelectMany(names => names)))
            .WithTrackingName(TrackingNames.ContractClashes);
        var enumClashes = messages
            .Select(static (result, _) => result.Enums.Select(e => e.TypeName).ToEquatableArray())
            .Collect()
            .Select(static (all, _) => HintNames.Clashes(all.SelectMany(names => names)))
            .WithTrackingName(TrackingNames.EnumClashes);
        var publisherClashes = publishers
            .Select(static (result, _) => result.Publisher?.Declaration.FullyQualifiedName ?? string.Empty)
            .Collect()
            .Select(static (all, _) => HintNames.Clashes(all.Where(name => name.Length > 0)))
            .WithTrackingName(TrackingNames.PublisherClashes);

        context.RegisterSourceOutput(messageSpecs.Combine(contractClashes), static (spc, input) => Emit(spc, input.Left, input.Left.Declaration.FullyQualifiedName, ".Contract.g.cs", input.Right, ContractTypeEmitter.Emit));
        context.RegisterSourceOutput(nestedTypes.Combine(contractClashes), static (spc, input) => Emit(spc, input.Left, input.Left.Declaration.FullyQualifiedName, ".Contract.g.cs", input.Right, ContractTypeEmitter.Emit));
        context.RegisterSourceOutput(enums.Combine(enumClashes), static (spc, input) => Emit(spc, input.Left, input.Left.TypeName, ".Enum.g.cs", input.Right, EnumEmitter.Emit));
        context.RegisterSourceOutput(publisherSpecs.Combine(publisherClashes), static (spc, input) => Emit(spc, input.Left, input.Left.Declaration.FullyQualifiedName, ".Publisher.g.cs", input.Right, PublisherEmitter.Emit));
        context.RegisterSourceOutput(service, static (spc, spec) => EmitService(spc, spec));

        // The one output that takes the compilation (so diagnostics land in its trees and #pragma applies): it re-runs
        // on every keystroke, so everything that needs the compilation is reported here, once.
        context.RegisterSourceOutput(
            diagnostics.Combine(evolution).Combine(context.CompilationProvider),
            static (spc, input) => EmitDiagnosticsAndLock(spc, input.Left.Left, input.Left.Right, input.Right));
    }

    /// <summary>
    /// The evolution and cross-service gates: the project's contracts, its committed lock and other services' manifests
    /// in; diagnostics and a new lock out.
    /// </summary>
    private static IncrementalValueProvider<EvolutionResult> EvolutionPipeline(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<MessageParseResult> messages,
        IncrementalValuesProvider<PublisherParseResult> publishers,
        IncrementalValuesProvider<ConsumerParseResult> consumers,
        IncrementalValueProvider<string> serviceName,
        IncrementalValueProvider<ReferencedContracts> referenced)
    {
        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => EvolutionOptions.Read(options.GlobalOptions))
            .WithTrackingName(TrackingNames.EvolutionSettings);

        var lockFile = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => EvolutionOptions.IsOwnLock(pair.Left, pair.Right))
            .Select(static (pair, ct) => new LockFile(pair.Left.Path, pair.Left.GetText(ct)?.ToString() ?? string.Empty))
            .Collect()
            .Select(static (all, _) => all.OrderBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault())
            .WithTrackingName(TrackingNames.LockFile);

        var local = messages
            .Collect()
            .Select(static (all, _) => (
                Types: all.SelectMany(r => r.Message is null ? r.NestedTypes : r.NestedTypes.Prepend(r.Message)).Distinct().OrderBy(t => t.Declaration.FullyQualifiedName, StringComparer.Ordinal).ToEquatableArray(),
                Enums: all.SelectMany(r => r.Enums).Distinct().OrderBy(e => e.TypeName, StringComparer.Ordinal).ToEquatableArray(),
                Locations: all.Where(r => r.Locations is not null).Select(r => r.Locations!).OrderBy(l => l.TypeName, StringComparer.Ordinal).ToEquatableArray(),
                Unsettled: all.Where(r => r.Message is null).Select(r => r.Identity with { Location = null }).Distinct()
                    .OrderBy(i => i.TypeName, StringComparer.Ordinal).ThenBy(i => i.Name, StringComparer.Ordinal).ThenBy(i => i.Version).ToEquatableArray()))
            .WithTrackingName(TrackingNames.LocalContracts);

        var usages = publishers.Select(static (r, _) => r.Usages).Collect()
            .Combine(consumers.Select(static (r, _) => r.Usages).Collect())
            .Select(static (pair, _) => pair.Left.Concat(pair.Right).SelectMany(u => u).Distinct()
                .OrderBy(u => u.Message.Name, StringComparer.Ordinal).ThenBy(u => u.Message.Version).ThenBy(u => u.Publishes).ThenBy(u => u.Message.TypeName, StringComparer.Ordinal)
                .ToEquatableArray())
            .WithTrackingName(TrackingNames.Usages);

        var project = local
            .Combine(usages)
            .Combine(settings)
            .Combine(serviceName)
            .Combine(referenced)
            .Select(static (input, _) =>
            {
                var (((((types, enums, locations, unsettled), used), options), service), references) = input;
                return CurrentContracts.Build(new ProjectInput(service, options.ProjectMode, used, types, enums, locations, references, unsettled));
            })
            .WithTrackingName(TrackingNames.ProjectContracts);

        var evolution = project
            .Combine(settings)
            .Combine(lockFile)
            .Select(static (input, _) => Guarded("contracts.lock.json", () => EvolutionGate.Run(input.Left.Left, input.Left.Right, input.Right)))
            .WithTrackingName(TrackingNames.Evolution);

        var manifests = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(static pair => EvolutionOptions.IsManifest(pair.Left, pair.Right))
            .Select(static (pair, ct) => ParsedManifest.Read(pair.Left.Path, pair.Left.GetText(ct)?.ToString()))
            .WithTrackingName(TrackingNames.Manifests)
            .Collect()
            .Select(static (all, _) => all.OrderBy(m => m.Path, StringComparer.Ordinal).ToEquatableArray());

        var crossService = project
            .Combine(manifests)
            .Select(static (input, _) => Guarded("the contract manifests", () => new EvolutionResult(CrossServiceGate.Run(input.Left, input.Right), null)))
            .WithTrackingName(TrackingNames.CrossService);

        return evolution
            .Combine(crossService)
            .Select(static (pair, _) => pair.Left with { Diagnostics = pair.Left.Diagnostics.Concat(pair.Right.Diagnostics).ToEquatableArray() });
    }

    /// <summary>A gate that throws reports CTR9999 instead of taking the generator down.</summary>
    private static EvolutionResult Guarded(string subject, Func<EvolutionResult> gate)
    {
        try
        {
            return gate();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new EvolutionResult(new EquatableArray<DiagnosticInfo>(new[] { DiagnosticReporter.Failure(subject, exception, null) }), null);
        }
    }

    private static void EmitDiagnosticsAndLock(SourceProductionContext context, EquatableArray<DiagnosticInfo> local, EvolutionResult result, Compilation compilation)
    {
        DiagnosticReporter.Report(context, local.Concat(result.Diagnostics), compilation);
        if (result.NewLockText is { } text)
        {
            DiagnosticReporter.Guard(context, "contracts.lock.json", () => context.AddSource(LockEmitter.HintName, LockEmitter.Emit(text)));
        }
    }

    private static void Emit<T>(SourceProductionContext context, T spec, string qualifiedName, string suffix, EquatableArray<string> clashes, Func<T, string> emit)
    {
        var hintName = HintNames.For(qualifiedName, suffix, clashes);
        DiagnosticReporter.Guard(context, hintName, () => context.AddSource(hintName, emit(spec)));
    }

    private static void EmitService(SourceProductionContext context, ServiceSpec? spec)
    {
        if (spec is null)
        {
            return;
        }

        DiagnosticReporter.Guard(context, "AddContracts", () =>
        {
            if (spec.Consumers.Count > 0)
            {
                context.AddSource("Contracts.Dispatcher.g.cs", DispatcherEmitter.Emit(spec));
            }

            context.AddSource("Contracts.Registration.g.cs", RegistrationEmitter.Emit(spec));
        });
    }

    private static EquatableArray<MessageRef> Generated(EquatableArray<MessageRef> messages, EquatableArray<string> unemitted)
        => unemitted.Count == 0 ? messages : messages.Where(m => !unemitted.Contains(m.TypeName)).ToEquatableArray();

    private static MessageParseResult ParseMessage(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken)
        => ParseGuarded(
            context.TargetSymbol.Name,
            context.TargetNode,
            () => MessageParser.Parse(context, cancellationToken),
            failure => new MessageParseResult(
                null, EquatableArray<ContractTypeSpec>.Empty, EquatableArray<EnumSpec>.Empty, failure, new MessageIdentity(string.Empty, 0, context.TargetSymbol is ITypeSymbol type ? SymbolNames.FullyQualified(type) : context.TargetSymbol.ToDisplayString(), null)));

    private static PublisherParseResult ParsePublisher(GeneratorAttributeSyntaxContext context, System.Threading.CancellationToken cancellationToken)
        => ParseGuarded(context.TargetSymbol.Name, context.TargetNode, () => PublisherParser.Parse(context, cancellationToken), failure => new PublisherParseResult(null, failure));

    private static ConsumerParseResult ParseConsumer(GeneratorSyntaxContext context, System.Threading.CancellationToken cancellationToken)
        => ParseGuarded(
            (context.Node as BaseTypeDeclarationSyntax)?.Identifier.Text ?? "consumer",
            context.Node,
            () => ConsumerParser.Parse(context, cancellationToken),
            failure => new ConsumerParseResult(null, failure));

    /// <summary>A parser that throws yields CTR9999 at the declaration it was parsing, instead of taking the generator down.</summary>
    private static T ParseGuarded<T>(string subject, SyntaxNode node, Func<T> parse, Func<EquatableArray<DiagnosticInfo>, T> failed)
    {
        try
        {
            return parse();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return failed(new EquatableArray<DiagnosticInfo>(new[] { DiagnosticReporter.Failure(subject, exception, LocationInfo.From(node)) }));
        }
    }
}
