namespace Contracts.Compatibility.Tests;

/// <summary>Short ways to write schemas in test tables: <c>Msg(Req("sku", Str), Opt("note", Str.OrNull()))</c>.</summary>
internal static class SchemaBuilder
{
    public const string MessageName = "orders.order-placed";

    public static TypeSchema Str => TypeSchema.Primitive(PrimitiveKind.String);

    public static TypeSchema I32 => TypeSchema.Primitive(PrimitiveKind.Int32);

    public static TypeSchema P(PrimitiveKind kind) => TypeSchema.Primitive(kind);

    public static MemberSchema Req(string wireName, TypeSchema type) => new(wireName, type, Required: true);

    public static MemberSchema Opt(string wireName, TypeSchema type) => new(wireName, type, Required: false);

    public static ObjectSchema Obj(string name, params MemberSchema[] members) => new(name, members.ToEquatableArray());

    public static EnumSchema EnumOf(string name, params string[] members) => new(name, members.ToEquatableArray());

    public static EquatableArray<T> Arr<T>(params T[] items) where T : IEquatable<T> => new(items);

    public static ContractSchema Msg(params MemberSchema[] members) => Msg(1, members);

    public static ContractSchema Msg(int version, params MemberSchema[] members) =>
        new(MessageName, version, CompatibilityMode.None, members.ToEquatableArray(), EquatableArray<ObjectSchema>.Empty, EquatableArray<EnumSchema>.Empty);

    public static ContractSchema With(this ContractSchema schema, params ObjectSchema[] objects) =>
        schema with { Objects = schema.Objects.Concat(objects).ToEquatableArray() };

    public static ContractSchema With(this ContractSchema schema, params EnumSchema[] enums) =>
        schema with { Enums = schema.Enums.Concat(enums).ToEquatableArray() };

    /// <summary>"RULE@path" per violation, sorted: what the tables compare.</summary>
    public static string[] Keys(IEnumerable<Violation> violations) =>
        violations.Select(v => v.RuleId + "@" + v.Path).OrderBy(k => k, StringComparer.Ordinal).ToArray();
}
