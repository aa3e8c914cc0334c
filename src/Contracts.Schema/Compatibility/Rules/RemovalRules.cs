using System;
using System.Collections.Generic;
using System.Linq;

namespace Contracts.Schema.Compatibility.Rules;

/// <summary>
/// MESSAGE_REMOVED / VERSION_REMOVED: a locked name+version that the current set no longer has. Consumers
/// running today (and messages waiting in queues) still use it, whatever the mode of the other versions.
/// </summary>
internal static class RemovalRules
{
    public static IReadOnlyList<Violation> Check(IEnumerable<ContractSchema> locked, IEnumerable<ContractSchema> current)
    {
        var currentKeys = new HashSet<(string, int)>(current.Select(c => (c.Name, c.Version)));
        var currentNames = new HashSet<string>(currentKeys.Select(k => k.Item1), StringComparer.Ordinal);
        var violations = new List<Violation>();
        var reported = new HashSet<(string, int)>();
        foreach (var schema in locked)
        {
            if (currentKeys.Contains((schema.Name, schema.Version)) || !reported.Add((schema.Name, schema.Version)))
            {
                continue;
            }

            var rule = currentNames.Contains(schema.Name) ? RuleIds.VersionRemoved : RuleIds.MessageRemoved;
            var message = rule == RuleIds.MessageRemoved
                ? $"{schema.Display} is locked but no longer defined: message '{schema.Name}' was removed."
                : $"{schema.Display} is locked but no longer defined, while other versions of '{schema.Name}' are.";
            violations.Add(new Violation(rule, JsonPath.Root, message + " Keep its record, or remove it from the lock deliberately.", schema.Display, "", ChangedSide.Writer));
        }

        return violations;
    }
}
