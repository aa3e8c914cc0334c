using Contracts.Generator.Gates;
using Contracts.Generator.Parsing;
using Contracts.Generator.Specs;
using Contracts.Schema;
using Contracts.Schema.Gates;
using Microsoft.CodeAnalysis;

namespace Contracts.Generator;

/// <summary>
/// The incremental pipeline, and only that: syntax → specs (Parsing) → source (Emitting), and specs → schemas → the
/// gates' findings (Gates, in the schema library) → diagnostics. Nothing after a parser touches a symbol; each step is a
/// named static method (ParseSteps, SpecSteps, GateSteps, OutputSteps) with a tracking name for the caching tests.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ContractsGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var messages = context.SyntaxProvider.ForAttributeWithMetadataName(KnownTypes.MessageAttribute, ParseSteps.IsTypeDeclaration, ParseSteps.Message).WithTrackingName(TrackingNames.Messages);
        var publishers = context.SyntaxProvider.ForAttributeWithMetadataName(KnownTypes.PublishesAttribute, ParseSteps.IsClassDeclaration, ParseSteps.Publisher).WithTrackingName(TrackingNames.Publishers);
        var consumers = context.SyntaxProvider.CreateSyntaxProvider(ConsumerParser.IsCandidate, ParseSteps.Consumer).Where(ParseSteps.ConsumesOrReports).WithTrackingName(TrackingNames.Consumers);
        var referenced = context.CompilationProvider.Select(ReferencedContractsReader.Read).WithTrackingName(TrackingNames.ReferencedMessages);
        var serviceName = context.AnalyzerConfigOptionsProvider.Combine(context.CompilationProvider.Select(SpecSteps.AssemblyName)).Select(SpecSteps.ServiceName).WithTrackingName(TrackingNames.ServiceName);

        var messageSpecs = messages.Where(SpecSteps.HasSpec).Select(SpecSteps.Spec).WithTrackingName(TrackingNames.MessageSpecs);
        var nestedTypes = messages.Select(SpecSteps.NestedTypesOf).Collect().SelectMany(SpecSteps.UniqueNestedTypes).WithTrackingName(TrackingNames.NestedTypes);
        var enums = messages.Select(SpecSteps.EnumsOf).Collect().SelectMany(SpecSteps.UniqueEnums).WithTrackingName(TrackingNames.Enums);
        var unemitted = messages.Collect().Select(SpecSteps.Unemitted).WithTrackingName(TrackingNames.UnemittedMessages);
        var publisherSpecs = publishers.Collect().Combine(unemitted).SelectMany(SpecSteps.Publishers).WithTrackingName(TrackingNames.PublisherSpecs);
        var (project, settings, lockFile, manifests) = GateInputs(context, messages, publishers, consumers, serviceName, referenced);
        var checkedSchemas = project.Combine(manifests).Select(GateSteps.CheckedSchemas).WithTrackingName(TrackingNames.CheckedSchemas);
        var service = consumers.Where(SpecSteps.HasConsumer).Select(SpecSteps.Consumer).Collect().Combine(unemitted).Combine(publisherSpecs.Collect())
            .Combine(messageSpecs.Collect().Select(SpecSteps.AnyMessage).Combine(serviceName)).Combine(checkedSchemas).Select(SpecSteps.Service).WithTrackingName(TrackingNames.Service);

        var contractClashes = messages.Select(SpecSteps.ContractNames).Collect().Select(SpecSteps.Clashes).WithTrackingName(TrackingNames.ContractClashes);
        var enumClashes = messages.Select(SpecSteps.EnumNames).Collect().Select(SpecSteps.Clashes).WithTrackingName(TrackingNames.EnumClashes);
        var publisherClashes = publishers.Select(SpecSteps.PublisherName).Collect().Select(SpecSteps.Clashes).WithTrackingName(TrackingNames.PublisherClashes);

        var duplicates = messages.Select(OutputSteps.IdentityOf).Collect().Combine(referenced).Select(OutputSteps.Duplicates).WithTrackingName(TrackingNames.MessageIdentities);
        var upcastLoops = consumers.Select(SpecSteps.UpcastsOf).Collect().Select(SpecSteps.UpcastLoops).WithTrackingName(TrackingNames.UpcastLoops);
        var diagnostics = messages.Select(OutputSteps.DiagnosticsOf).Collect().Combine(publishers.Select(OutputSteps.DiagnosticsOf).Collect()).Combine(consumers.Select(OutputSteps.DiagnosticsOf).Collect())
            .Combine(duplicates.Combine(upcastLoops).Select(OutputSteps.Concat)).Combine(referenced).Select(OutputSteps.LocalDiagnostics).WithTrackingName(TrackingNames.Diagnostics);
        var evolution = project.Combine(settings).Combine(lockFile).Combine(manifests).Select(GateSteps.Evolution).WithTrackingName(TrackingNames.Evolution);
        var crossService = project.Combine(manifests).Select(GateSteps.CrossService).WithTrackingName(TrackingNames.CrossService);
        var gates = evolution.Combine(crossService).Select(GateSteps.Both).WithTrackingName(TrackingNames.Gates);

        context.RegisterSourceOutput(messageSpecs.Combine(contractClashes), OutputSteps.Contract);
        context.RegisterSourceOutput(nestedTypes.Combine(contractClashes), OutputSteps.Contract);
        context.RegisterSourceOutput(enums.Combine(enumClashes), OutputSteps.Enum);
        context.RegisterSourceOutput(publisherSpecs.Combine(publisherClashes), OutputSteps.Publisher);
        context.RegisterSourceOutput(service, OutputSteps.Service);
        context.RegisterSourceOutput(diagnostics.Combine(gates).Combine(context.CompilationProvider), OutputSteps.DiagnosticsAndLock);
        context.RegisterSourceOutput(context.AnalyzerConfigOptionsProvider.Select(ExportSteps.Settings).Combine(project).Select(ExportSteps.Request).WithTrackingName(TrackingNames.Export), ExportSteps.Emit);
    }

    /// <summary>What the gates read: the project's contracts, its MSBuild settings, its lock and other services' manifests.</summary>
    private static (
        IncrementalValueProvider<LocalProject> Project,
        IncrementalValueProvider<GateSettings> Settings,
        IncrementalValueProvider<LockText?> Lock,
        IncrementalValueProvider<EquatableArray<ManifestFile>> Manifests) GateInputs(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<MessageParseResult> messages,
        IncrementalValuesProvider<PublisherParseResult> publishers,
        IncrementalValuesProvider<ConsumerParseResult> consumers,
        IncrementalValueProvider<string> serviceName,
        IncrementalValueProvider<ReferencedContracts> referenced)
    {
        var settings = context.AnalyzerConfigOptionsProvider.Select(GateSteps.Settings).WithTrackingName(TrackingNames.EvolutionSettings);
        var files = context.AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider);
        var lockFile = files.Where(GateSteps.IsOwnLock).Select(GateSteps.ReadLock).Collect().Select(GateSteps.OneLock).WithTrackingName(TrackingNames.LockFile);
        var manifests = files.Where(GateSteps.IsManifest).Select(GateSteps.ReadManifest).WithTrackingName(TrackingNames.Manifests).Collect().Select(GateSteps.SortedManifests).WithTrackingName(TrackingNames.SortedManifests);
        var local = messages.Collect().Select(GateSteps.Local).WithTrackingName(TrackingNames.LocalContracts);
        var usages = publishers.Select(GateSteps.PublisherUsages).Collect().Combine(consumers.Select(GateSteps.ConsumerUsages).Collect()).Select(GateSteps.Usages).WithTrackingName(TrackingNames.Usages);
        var project = local.Combine(usages).Combine(settings).Combine(serviceName).Combine(referenced).Select(GateSteps.Project).WithTrackingName(TrackingNames.ProjectContracts);
        return (project, settings, lockFile, manifests);
    }
}
