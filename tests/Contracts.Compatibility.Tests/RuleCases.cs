using static Contracts.Compatibility.Tests.SchemaBuilder;

namespace Contracts.Compatibility.Tests;

/// <summary>
/// One change from an old schema to a new one, and what each direction must report:
/// <see cref="NewReadsOld"/> is the BACKWARD question (the new reader, the old writer),
/// <see cref="OldReadsNew"/> the FORWARD one (the old reader, the new writer). Entries are "RULE@path";
/// empty means compatible. Most changes come in pairs (a change and its reverse) so that each rule is seen
/// breaking from one direction and safe from the other.
/// </summary>
internal sealed record RuleCase(string Name, ContractSchema Old, ContractSchema New, string[] NewReadsOld, string[] OldReadsNew);

internal static class RuleCases
{
    private static readonly string[] Safe = [];

    private static ContractSchema Lines(params MemberSchema[] lineMembers) =>
        Msg(Req("lines", TypeSchema.Array(TypeSchema.Object("OrderLine")))).With(Obj("OrderLine", lineMembers));

    private static ContractSchema Status(EnumSchema status) => Msg(Req("status", TypeSchema.Enum(status.Name))).With(status);

    public static readonly RuleCase[] All =
    [
        // Presence
        new("required member removed", Msg(Req("id", Str), Req("sku", Str)), Msg(Req("id", Str)), Safe, ["FIELD_REMOVED@$.sku"]),
        new("required member added", Msg(Req("id", Str)), Msg(Req("id", Str), Req("sku", Str)), ["REQUIRED_FIELD_ADDED@$.sku"], Safe),
        new("optional member removed", Msg(Req("id", Str), Opt("note", Str.OrNull())), Msg(Req("id", Str)), Safe, Safe),
        new("optional member added", Msg(Req("id", Str)), Msg(Req("id", Str), Opt("note", Str.OrNull())), Safe, Safe),
        new("optional made required", Msg(Opt("count", I32)), Msg(Req("count", I32)), ["OPTIONAL_MADE_REQUIRED@$.count"], Safe),
        new("required made optional", Msg(Req("count", I32)), Msg(Opt("count", I32)), Safe, ["REQUIRED_MADE_OPTIONAL@$.count"]),
        new("required member renamed", Msg(Req("id", I32), Req("customerId", Str)), Msg(Req("id", I32), Req("customer", Str)),
            ["WIRE_NAME_CHANGED@$.customer"], ["WIRE_NAME_CHANGED@$.customerId"]),
        new("required member renamed, two candidates of its type", Msg(Req("customerId", Str)), Msg(Req("customer", Str), Req("tenant", Str)),
            ["REQUIRED_FIELD_ADDED@$.customer", "REQUIRED_FIELD_ADDED@$.tenant"], ["FIELD_REMOVED@$.customerId"]),
        new("optional member renamed", Msg(Opt("note", Str.OrNull())), Msg(Opt("comment", Str.OrNull())), Safe, Safe),

        // Scalars: widenings one way, TYPE_CHANGED the other
        new("int32 to int64", Msg(Req("n", I32)), Msg(Req("n", P(PrimitiveKind.Int64))), Safe, ["TYPE_CHANGED@$.n"]),
        new("int64 to int32", Msg(Req("n", P(PrimitiveKind.Int64))), Msg(Req("n", I32)), ["TYPE_CHANGED@$.n"], Safe),
        new("int8 to int16", Msg(Req("n", P(PrimitiveKind.Int8))), Msg(Req("n", P(PrimitiveKind.Int16))), Safe, ["TYPE_CHANGED@$.n"]),
        new("uint16 to uint32", Msg(Req("n", P(PrimitiveKind.UInt16))), Msg(Req("n", P(PrimitiveKind.UInt32))), Safe, ["TYPE_CHANGED@$.n"]),
        new("uint32 to int64", Msg(Req("n", P(PrimitiveKind.UInt32))), Msg(Req("n", P(PrimitiveKind.Int64))), Safe, ["TYPE_CHANGED@$.n"]),
        new("int32 to uint32", Msg(Req("n", I32)), Msg(Req("n", P(PrimitiveKind.UInt32))), ["TYPE_CHANGED@$.n"], ["TYPE_CHANGED@$.n"]),
        new("int32 to float64", Msg(Req("n", I32)), Msg(Req("n", P(PrimitiveKind.Float64))), Safe, ["TYPE_CHANGED@$.n"]),
        new("int64 to float64 (loses precision)", Msg(Req("n", P(PrimitiveKind.Int64))), Msg(Req("n", P(PrimitiveKind.Float64))),
            ["TYPE_CHANGED@$.n"], ["TYPE_CHANGED@$.n"]),
        new("int32 to float32 (loses precision)", Msg(Req("n", I32)), Msg(Req("n", P(PrimitiveKind.Float32))),
            ["TYPE_CHANGED@$.n"], ["TYPE_CHANGED@$.n"]),
        new("float32 to float64", Msg(Req("n", P(PrimitiveKind.Float32))), Msg(Req("n", P(PrimitiveKind.Float64))), Safe, ["TYPE_CHANGED@$.n"]),
        new("int64 to decimal", Msg(Req("n", P(PrimitiveKind.Int64))), Msg(Req("n", P(PrimitiveKind.Decimal))), Safe, ["TYPE_CHANGED@$.n"]),
        new("float64 to decimal", Msg(Req("n", P(PrimitiveKind.Float64))), Msg(Req("n", P(PrimitiveKind.Decimal))),
            ["TYPE_CHANGED@$.n"], ["TYPE_CHANGED@$.n"]),
        new("string to int32", Msg(Req("n", Str)), Msg(Req("n", I32)), ["TYPE_CHANGED@$.n"], ["TYPE_CHANGED@$.n"]),
        new("guid to string", Msg(Req("id", P(PrimitiveKind.Guid))), Msg(Req("id", Str)), Safe, ["TYPE_CHANGED@$.id"]),
        new("date to date-time-offset", Msg(Req("at", P(PrimitiveKind.Date))), Msg(Req("at", P(PrimitiveKind.DateTimeOffset))),
            ["TYPE_CHANGED@$.at"], ["TYPE_CHANGED@$.at"]),

        // Nullability
        new("made nullable", Msg(Opt("note", Str)), Msg(Opt("note", Str.OrNull())), Safe, ["NULLABILITY_CHANGED@$.note"]),
        new("made non-nullable", Msg(Opt("note", Str.OrNull())), Msg(Opt("note", Str)), ["NULLABILITY_CHANGED@$.note"], Safe),
        new("required string to optional nullable", Msg(Req("note", Str)), Msg(Opt("note", Str.OrNull())),
            Safe, ["NULLABILITY_CHANGED@$.note", "REQUIRED_MADE_OPTIONAL@$.note"]),

        // Enums
        new("enum member added", Status(EnumOf("Status", "pending", "paid")), Status(EnumOf("Status", "pending", "paid", "shipped")),
            Safe, ["ENUM_MEMBER_ADDED@$.status"]),
        new("enum member removed", Status(EnumOf("Status", "pending", "paid", "shipped")), Status(EnumOf("Status", "pending", "paid")),
            ["ENUM_MEMBER_REMOVED@$.status"], Safe),
        new("enum member added, old reader has a fallback", Status(EnumOf("Status", "unknown", "paid") with { Fallback = "unknown" }),
            Status(EnumOf("Status", "unknown", "paid", "shipped")), Safe, Safe),
        new("enum member removed, new reader has a fallback", Status(EnumOf("Status", "unknown", "paid", "shipped")),
            Status(EnumOf("Status", "unknown", "paid") with { Fallback = "unknown" }), Safe, Safe),
        new("enum renamed, same members", Status(EnumOf("Status", "paid")), Status(EnumOf("PaymentStatus", "paid")), Safe, Safe),
        new("enum to string", Status(EnumOf("Status", "paid")), Msg(Req("status", Str)), Safe, ["TYPE_CHANGED@$.status"]),

        // Collections and maps
        new("array element int32 to string", Msg(Req("xs", TypeSchema.Array(I32))), Msg(Req("xs", TypeSchema.Array(Str))),
            ["COLLECTION_ELEMENT_CHANGED@$.xs[]"], ["COLLECTION_ELEMENT_CHANGED@$.xs[]"]),
        new("array element widened", Msg(Req("xs", TypeSchema.Array(I32))), Msg(Req("xs", TypeSchema.Array(P(PrimitiveKind.Int64)))),
            Safe, ["COLLECTION_ELEMENT_CHANGED@$.xs[]"]),
        new("array element made nullable", Msg(Req("xs", TypeSchema.Array(Str))), Msg(Req("xs", TypeSchema.Array(Str.OrNull()))),
            Safe, ["NULLABILITY_CHANGED@$.xs[]"]),
        new("map value decimal to string", Msg(Req("m", TypeSchema.Map(P(PrimitiveKind.Decimal)))), Msg(Req("m", TypeSchema.Map(Str))),
            ["MAP_VALUE_CHANGED@$.m{}"], ["MAP_VALUE_CHANGED@$.m{}"]),
        new("map value widened", Msg(Req("m", TypeSchema.Map(I32))), Msg(Req("m", TypeSchema.Map(P(PrimitiveKind.Int64)))),
            Safe, ["MAP_VALUE_CHANGED@$.m{}"]),
        new("array to map", Msg(Req("xs", TypeSchema.Array(I32))), Msg(Req("xs", TypeSchema.Map(I32))),
            ["TYPE_CHANGED@$.xs"], ["TYPE_CHANGED@$.xs"]),

        // Nested objects, with the path into them
        new("nested required member removed", Lines(Req("sku", Str), Req("quantity", I32)), Lines(Req("quantity", I32)),
            Safe, ["FIELD_REMOVED@$.lines[].sku"]),
        new("nested required member added", Lines(Req("quantity", I32)), Lines(Req("sku", Str), Req("quantity", I32)),
            ["REQUIRED_FIELD_ADDED@$.lines[].sku"], Safe),
        new("nested member type changed", Lines(Req("quantity", I32)), Lines(Req("quantity", Str)),
            ["TYPE_CHANGED@$.lines[].quantity"], ["TYPE_CHANGED@$.lines[].quantity"]),
        new("nested type renamed, same members", Lines(Req("sku", Str)),
            Msg(Req("lines", TypeSchema.Array(TypeSchema.Object("LineItem")))).With(Obj("LineItem", Req("sku", Str))), Safe, Safe),
        new("object to string", Lines(Req("sku", Str)), Msg(Req("lines", Str)), ["TYPE_CHANGED@$.lines"], ["TYPE_CHANGED@$.lines"]),
    ];
}
