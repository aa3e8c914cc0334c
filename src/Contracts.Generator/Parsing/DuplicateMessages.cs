using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Diagnostics;
using Contracts.Generator.Specs;

using Contracts.Schema;

namespace Contracts.Generator.Parsing;

/// <summary>Two declarations of one name and version, here or in a referenced assembly, are an error.</summary>
internal static class DuplicateMessages
{
    public static EquatableArray<DiagnosticInfo> Find(EquatableArray<MessageIdentity> local, EquatableArray<ReferencedMessage> referenced)
    {
        var diagnostics = new List<DiagnosticInfo>();
        // A declaration the compiler reports (no readable [Message]) has no identity to clash with.
        var ordered = local
            .Where(m => m.Name.Length > 0)
            .OrderBy(m => m.Location?.FilePath, System.StringComparer.Ordinal)
            .ThenBy(m => m.Location?.Span.Start ?? 0)
            .ToList();
        var first = new Dictionary<(string, int), MessageIdentity>();
        foreach (var message in ordered)
        {
            var key = (message.Name, message.Version);
            var external = referenced.FirstOrDefault(r => r.Name == message.Name && r.Version == message.Version);
            if (external is not null)
            {
                diagnostics.Add(Diagnose.DuplicateMessage(
                    message.Location, message.Name, message.Version, Short(message.TypeName), $"'{Short(external.TypeName)}' in referenced assembly '{external.AssemblyName}'"));
            }
            else if (first.TryGetValue(key, out var earlier))
            {
                diagnostics.Add(Diagnose.DuplicateMessage(message.Location, message.Name, message.Version, Short(message.TypeName), $"'{Short(earlier.TypeName)}'"));
            }
            else
            {
                first.Add(key, message);
            }
        }

        return diagnostics.ToEquatableArray();
    }

    private static string Short(string typeName) => typeName.Replace("global::", string.Empty);
}
