using System.Collections.Generic;

namespace Contracts.Import.Schemas;

/// <summary>
/// The JSON Schema keywords an import refuses, each with the reason a reader gets. The engine compares a writer's and
/// a reader's shapes member by member; these keywords make a value's shape depend on other values, on several
/// alternatives at once or on names matched by pattern, which that comparison cannot decide. Treating them as
/// compatible would be a silent pass, so they are errors (docs/import.md).
/// </summary>
internal static class Keywords
{
    public static IReadOnlyDictionary<string, string> Refused { get; } = new Dictionary<string, string>
    {
        ["patternProperties"] = "members matched by a name pattern have no wire name the gate can check",
        ["if"] = "a shape that depends on a value (if/then/else) cannot be compared member by member",
        ["then"] = "a shape that depends on a value (if/then/else) cannot be compared member by member",
        ["else"] = "a shape that depends on a value (if/then/else) cannot be compared member by member",
        ["not"] = "a negated schema says what a value is not, which the gate cannot compare",
        ["dependentSchemas"] = "a shape that depends on which members are present cannot be compared member by member",
        ["dependentRequired"] = "members required only when others are present cannot be compared member by member",
        ["dependencies"] = "a shape that depends on which members are present cannot be compared member by member",
        ["prefixItems"] = "a tuple (items by position) has no counterpart in the wire model: arrays hold one type",
        ["additionalItems"] = "a tuple (items by position) has no counterpart in the wire model: arrays hold one type",
        ["unevaluatedItems"] = "a tuple (items by position) has no counterpart in the wire model: arrays hold one type",
        ["contains"] = "an array that must contain some value cannot be compared item by item",
        ["propertyNames"] = "constraints on a map's keys are not part of the wire model",
        ["$dynamicRef"] = "dynamic references need a full JSON Schema resolver; use $ref",
        ["$recursiveRef"] = "recursive references need a full JSON Schema resolver; use $ref",
    };

    /// <summary>
    /// A refused keyword whose value says nothing beyond the wire model: zod writes <c>propertyNames: {type: string}</c>
    /// on every record, and JSON keys are strings anyway.
    /// </summary>
    public static bool IsHarmless(string key, Source.Node value)
        => key == "propertyNames" && value.IsMapping && value["type"]?.String == "string"
            && System.Linq.Enumerable.All(value.Entries, e => e.Key == "type" || IsAnnotation(e.Key));

    /// <summary>Keywords that describe a schema without changing its shape: allowed beside <c>$ref</c> and in <c>allOf</c>.</summary>
    public static bool IsAnnotation(string key)
        => key.StartsWith("x-", System.StringComparison.Ordinal) || key is "description" or "title" or "$comment" or "examples" or "example"
            or "default" or "deprecated" or "readOnly" or "writeOnly" or "$schema" or "$id" or "$anchor" or "externalDocs";
}
