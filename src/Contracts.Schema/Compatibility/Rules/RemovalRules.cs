using System;
using System.Collections.Generic;
using System.Linq;

namespace Contracts.Schema.Compatibility.Rules;

/// <summary>
/// MESSAGE_REMOVED / VERSION_REMOVED: a locked name+version that the current set no longer has. Whether that breaks
/// anyone depends on the role: consumers running today (and messages waiting in queues) still need what the project
/// published, whatever the mode of its other versions; no longer consuming something breaks nobody.
/// </summary>
internal static class RemovalRules
{
    public static IReadOnlyList<Removal> Check(IEnumerable<(ContractSchema Schema, MessageRole Role)> locked, IEnumerable<ContractSchema> current)
    {
        var currentKeys = new HashSet<(string, int)>(current.Select(c => (c.Name, c.Version)));
        var currentNames = new HashSet<string>(currentKeys.Select(k => k.Item1), StringComparer.Ordinal);
        var removals = new List<Removal>();
        var reported = new HashSet<(string, int)>();
        foreach (var (schema, role) in locked)
        {
            if (currentKeys.Contains((schema.Name, schema.Version)) || !reported.Add((schema.Name, schema.Version)))
            {
                continue;
            }

            removals.Add(new Removal(schema, role, role == MessageRole.Consumes ? null : Breaking(schema, currentNames.Contains(schema.Name))));
        }

        return removals;
    }

    private static Violation Breaking(ContractSchema schema, bool otherVersionsRemain)
        => new(
            otherVersionsRemain ? RuleIds.VersionRemoved : RuleIds.MessageRemoved,
            JsonPath.Root,
            $"this project published '{schema.Name}' version {schema.Version} and no longer does; consumers still running wait for it.",
            schema.Display,
            string.Empty,
            ChangedSide.Writer);
}
