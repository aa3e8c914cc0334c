namespace Contracts.Schema;

/// <summary>
/// The type of a value on the wire: a closed union (the constructor is private protected, so the five cases below
/// are all there is). Enums and objects are referenced by name; their definitions live once in
/// <see cref="ContractSchema"/>, as they do in the manifest. <see cref="Nullable"/> says whether a writer may
/// send JSON <c>null</c>, or whether a reader accepts it.
/// </summary>
public abstract record TypeSchema
{
    private protected TypeSchema()
    {
    }

    /// <summary>For a writer: it may send <c>null</c>. For a reader: it accepts <c>null</c>.</summary>
    public bool Nullable { get; init; }

    /// <summary>The manifest's text form, e.g. <c>array&lt;object:OrderLine&gt;?</c>; also used in messages.</summary>
    public sealed override string ToString() => SchemaTypeText.Format(this);

    /// <summary>This type, accepting or sending <c>null</c>.</summary>
    public TypeSchema OrNull() => this with { Nullable = true };

    /// <summary>A scalar of <paramref name="kind"/>.</summary>
    public static PrimitiveTypeSchema Primitive(PrimitiveKind kind) => new(kind);

    /// <summary>The enum the contract defines as <paramref name="name"/>.</summary>
    public static EnumTypeSchema Enum(string name) => new(name);

    /// <summary>The object type the contract defines as <paramref name="name"/>.</summary>
    public static ObjectTypeSchema Object(string name) => new(name);

    /// <summary>An array of <paramref name="element"/>.</summary>
    public static ArrayTypeSchema Array(TypeSchema element) => new(element);

    /// <summary>A string-keyed map of <paramref name="value"/>.</summary>
    public static MapTypeSchema Map(TypeSchema value) => new(value);
}

/// <summary>A scalar: number, boolean, string or one of the string-encoded kinds (guid, dates, duration).</summary>
public sealed record PrimitiveTypeSchema(PrimitiveKind Kind) : TypeSchema;

/// <summary>A reference to an <see cref="EnumSchema"/> of the same contract, sent as one of its member strings.</summary>
public sealed record EnumTypeSchema(string Name) : TypeSchema;

/// <summary>A reference to an <see cref="ObjectSchema"/> of the same contract, sent as a JSON object.</summary>
public sealed record ObjectTypeSchema(string Name) : TypeSchema;

/// <summary>A JSON array whose items all have <see cref="Element"/>'s type.</summary>
public sealed record ArrayTypeSchema(TypeSchema Element) : TypeSchema;

/// <summary>A JSON object used as a dictionary: string keys, values of <see cref="Value"/>'s type.</summary>
public sealed record MapTypeSchema(TypeSchema Value) : TypeSchema;
