using static Contracts.Compatibility.Tests.SchemaBuilder;

namespace Contracts.Compatibility.Tests.Export;

/// <summary>
/// The test vectors of docs/wire-format.md ("The schema fingerprint"): another language's implementation is right when
/// it gives these. Changing one of them changes what every deployed producer sends.
/// </summary>
public sealed class FingerprintVectorTests
{
    [Theory]
    [InlineData("", "cbf29ce484222325")]
    [InlineData("a", "af63dc4c8601ec8c")]
    [InlineData("foobar", "85944171f73967e8")]
    public void Hash_is_64_bit_fnv_1a(string text, string expected) => Assert.Equal(expected, SchemaFingerprint.Hash(text));

    [Fact]
    public void A_flat_message()
    {
        var schema = new ContractSchema("billing.payment-failed", 1, CompatibilityMode.Backward, Arr(Req("orderId", P(PrimitiveKind.Guid))),
            EquatableArray<ObjectSchema>.Empty, EquatableArray<EnumSchema>.Empty);

        Assert.Equal("billing.payment-failed@1{orderId:guid!}", SchemaFingerprint.CanonicalText(schema));
        Assert.Equal("fcae37ec76018a50", SchemaFingerprint.Of(schema));
    }

    [Fact]
    public void Nested_objects_inline_enums_sorted_nullable_and_optional()
    {
        var schema = new ContractSchema("orders.order-placed", 3, CompatibilityMode.Full,
            Arr(Req("lines", TypeSchema.Array(TypeSchema.Object("OrderLine"))), Opt("coupon", Str.OrNull()), Req("status", TypeSchema.Enum("Status")),
                Opt("tags", TypeSchema.Map(I32))),
            Arr(Obj("OrderLine", Req("sku", Str), Req("quantity", I32))),
            Arr(EnumOf("Status", "Placed", "Cancelled")));

        Assert.Equal("orders.order-placed@3{coupon:string?;lines:[{quantity:int32!;sku:string!}]!;status:enum(Cancelled,Placed)!;tags:<int32>}",
            SchemaFingerprint.CanonicalText(schema));
        Assert.Equal("7c38cdabf544bd5a", SchemaFingerprint.Of(schema));
    }
}
