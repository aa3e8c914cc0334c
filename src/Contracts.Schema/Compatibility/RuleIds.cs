namespace Contracts.Schema.Compatibility;

/// <summary>
/// The stable names of the compatibility rules. They appear in diagnostics and docs/compatibility.md, so they
/// never change once shipped; a new rule gets a new name.
/// </summary>
public static class RuleIds
{
    /// <summary>The reader requires a member that the (changed) writer no longer sends.</summary>
    public const string FieldRemoved = "FIELD_REMOVED";

    /// <summary>The (changed) reader requires a member that the writer does not send.</summary>
    public const string RequiredFieldAdded = "REQUIRED_FIELD_ADDED";

    /// <summary>The (changed) reader requires a member that the writer may omit.</summary>
    public const string OptionalMadeRequired = "OPTIONAL_MADE_REQUIRED";

    /// <summary>The (changed) writer may omit a member that the reader requires.</summary>
    public const string RequiredMadeOptional = "REQUIRED_MADE_OPTIONAL";

    /// <summary>A required member is missing and exactly one new member of the same type appeared: a rename.</summary>
    public const string WireNameChanged = "WIRE_NAME_CHANGED";

    /// <summary>The writer sends values of a type the reader cannot read (not an allowed widening).</summary>
    public const string TypeChanged = "TYPE_CHANGED";

    /// <summary>The writer may send null where the reader does not accept it.</summary>
    public const string NullabilityChanged = "NULLABILITY_CHANGED";

    /// <summary>The (changed) reader does not know an enum member the writer may send, and has no fallback.</summary>
    public const string EnumMemberRemoved = "ENUM_MEMBER_REMOVED";

    /// <summary>The (changed) writer may send an enum member the reader does not know, and the reader has no fallback.</summary>
    public const string EnumMemberAdded = "ENUM_MEMBER_ADDED";

    /// <summary>The items of an array have a type the reader cannot read.</summary>
    public const string CollectionElementChanged = "COLLECTION_ELEMENT_CHANGED";

    /// <summary>The values of a map have a type the reader cannot read.</summary>
    public const string MapValueChanged = "MAP_VALUE_CHANGED";

    /// <summary>A locked message name is absent from the current set.</summary>
    public const string MessageRemoved = "MESSAGE_REMOVED";

    /// <summary>A locked version of a message is absent while other versions of it remain.</summary>
    public const string VersionRemoved = "VERSION_REMOVED";

    /// <summary>
    /// A JavaScript reader (<c>JSON.parse</c>) reads an int64, uint64 or decimal the writer sends into a double, losing
    /// digits beyond 2^53 or beyond a double's 15-17 significant digits. A warning, not a break: the value is readable.
    /// </summary>
    public const string JavaScriptNumberPrecision = "JS_NUMBER_PRECISION";

    /// <summary>True for the rules that warn without breaking (<see cref="JavaScriptNumberPrecision"/>).</summary>
    public static bool IsAdvisory(string ruleId) => ruleId == JavaScriptNumberPrecision;

    /// <summary>A schema references an object or enum it does not define: the input is broken, not the change.</summary>
    public const string SchemaInvalid = "SCHEMA_INVALID";
}
