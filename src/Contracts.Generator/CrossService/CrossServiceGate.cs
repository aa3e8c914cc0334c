using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Contracts.Schema.Compatibility;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Evolution;
using Contracts.Schema.Manifest;
using Contracts.Generator.Model;

using Contracts.Schema;

namespace Contracts.Generator.CrossService;

/// <summary>
/// The cross-service gate: this project's view of every message it consumes is checked against each producer's
/// manifest (the producer writes, we read), and every message it publishes against each consumer's view in the
/// manifests (we write, they read). Matching is by name and version only, never by CLR type, so it works across
/// repositories and languages. One engine decides, as for the evolution gate.
/// </summary>
internal static class CrossServiceGate
{
    public static EquatableArray<DiagnosticInfo> Run(ProjectContracts project, EquatableArray<ParsedManifest> manifests)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var readable = new List<(ParsedManifest File, ContractManifest Manifest)>();
        foreach (var file in manifests)
        {
            if (file.Manifest is { } manifest)
            {
                readable.Add((file, manifest));
                continue;
            }

            foreach (var error in file.Errors)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ManifestMalformed, LocationInfo.InFile(file.Path, error.Line, error.Column), error.ToString()));
            }
        }

        if (manifests.Count == 0)
        {
            return diagnostics.ToEquatableArray();
        }

        foreach (var message in project.Messages)
        {
            var role = message.Entry.Role;
            if (role is MessageRole.Consumes or MessageRole.Both)
            {
                CheckAsConsumer(project, message, readable, diagnostics);
            }

            if (role is MessageRole.Publishes or MessageRole.Both)
            {
                CheckAsProducer(project, message, readable, diagnostics);
            }
        }

        return diagnostics.ToEquatableArray();
    }

    private static void CheckAsConsumer(ProjectContracts project, CurrentMessage message, List<(ParsedManifest File, ContractManifest Manifest)> manifests, List<DiagnosticInfo> diagnostics)
    {
        var view = message.Entry.Schema;
        var producers = Entries(manifests, view.Name, MessageRole.Publishes).ToList();
        var sameVersion = producers.Where(p => p.Entry.Schema.Version == view.Version).ToList();
        if (producers.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoProducer, project.TypeLocation(message),
                project.ServiceName, view.Name, Count(manifests.Count)));
            return;
        }

        if (sameVersion.Count == 0)
        {
            var versions = string.Join(", ", producers.Select(p => p.Entry.Schema.Version).Distinct().OrderBy(v => v));
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.VersionNotProduced, project.TypeLocation(message),
                project.ServiceName, view.Name, Count(view.Version), versions));
            return;
        }

        foreach (var (file, producer, entry) in sameVersion)
        {
            var reader = view with { Label = As(view, project.ServiceName, "reads") };
            var writer = entry.Schema with { Label = As(entry.Schema, producer.Service, "sends") };
            foreach (var violation in CompatibilityEngine.CheckPair(reader, writer, ChangedSide.Reader, guessRenames: false))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ConsumerCannotRead,
                    project.MemberLocation(message, violation.TopLevelMember),
                    project.ServiceName, view.Name, Count(view.Version), producer.Service, file.FileName, violation.RuleId, Detail(violation)));
            }
        }
    }

    private static void CheckAsProducer(ProjectContracts project, CurrentMessage message, List<(ParsedManifest File, ContractManifest Manifest)> manifests, List<DiagnosticInfo> diagnostics)
    {
        var sent = message.Entry.Schema;
        var consumers = Entries(manifests, sent.Name, MessageRole.Consumes).Where(c => c.Entry.Schema.Version == sent.Version).ToList();
        if (consumers.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NoConsumer, project.TypeLocation(message),
                project.ServiceName, sent.Name, Count(sent.Version)));
            return;
        }

        foreach (var (file, consumer, entry) in consumers)
        {
            var reader = entry.Schema with { Label = As(entry.Schema, consumer.Service, "reads") };
            var writer = sent with { Label = As(sent, project.ServiceName, "sends") };
            foreach (var violation in CompatibilityEngine.CheckPair(reader, writer, ChangedSide.Writer, guessRenames: false))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.ProducerBreaksConsumer,
                    project.MemberLocation(message, violation.TopLevelMember),
                    sent.Name, Count(sent.Version), project.ServiceName, consumer.Service, file.FileName, violation.RuleId, Detail(violation),
                    Count(sent.Version + 1)));
            }
        }
    }

    /// <summary>Entries for <paramref name="name"/> in which the other service plays <paramref name="role"/> (or both).</summary>
    private static IEnumerable<(ParsedManifest File, ContractManifest Manifest, ManifestMessage Entry)> Entries(
        List<(ParsedManifest File, ContractManifest Manifest)> manifests, string name, MessageRole role)
        => manifests.SelectMany(m => m.Manifest.Messages
            .Where(e => e.Schema.Name == name && (e.Role == role || e.Role == MessageRole.Both))
            .Select(e => (m.File, m.Manifest, e)));

    /// <summary>"orders.order-placed v1 as billing reads it": both sides have the same name and version.</summary>
    private static string As(ContractSchema schema, string service, string verb) => $"{schema.Name} v{Count(schema.Version)} as {service} {verb} it";

    private static string Detail(Violation violation)
        => violation.Message.TrimEnd('.') + (violation.Path.Length > 1 ? $" (at {violation.Path})" : string.Empty);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
