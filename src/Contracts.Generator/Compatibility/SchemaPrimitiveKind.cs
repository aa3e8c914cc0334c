namespace Contracts.Generator.Compatibility;

/// <summary>
/// The scalar kinds a member can have on the wire. Named for the JSON value they produce, not for a CLR type,
/// because schemas also come from services written in other languages.
/// </summary>
internal enum PrimitiveKind
{
    Boolean,
    Int8,
    UInt8,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Float32,
    Float64,
    Decimal,
    String,
    Guid,
    DateTimeOffset,
    Date,
    Time,
    Duration,
}
