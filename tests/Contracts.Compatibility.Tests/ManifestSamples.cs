using Contracts.Schema.Manifest;
using static Contracts.Compatibility.Tests.SchemaBuilder;

namespace Contracts.Compatibility.Tests;

/// <summary>A manifest in code and the exact text it must be written as (the example of docs/manifest-format.md).</summary>
internal static class ManifestSamples
{
    public static ContractManifest Orders()
    {
        // Deliberately out of order: the writer, not the caller, owns the order.
        var placed = new ContractSchema(
            "orders.order-placed", 1, CompatibilityMode.Forward,
            Arr(
                Req("orderId", P(PrimitiveKind.Guid)),
                Req("lines", TypeSchema.Array(TypeSchema.Object("OrderLine"))),
                Req("total", P(PrimitiveKind.Decimal)),
                Req("status", TypeSchema.Enum("OrderStatus")),
                Opt("couponCode", Str.OrNull()),
                Opt("tags", TypeSchema.Map(Str))),
            Arr(Obj("OrderLine", Req("sku", Str), Req("quantity", I32))),
            Arr(new EnumSchema("OrderStatus", Arr("unknown", "placed", "paid"), "unknown")));
        var paid = new ContractSchema(
            "billing.payment-received", 1, CompatibilityMode.Backward,
            Arr(Req("orderId", P(PrimitiveKind.Guid))),
            EquatableArray<ObjectSchema>.Empty,
            EquatableArray<EnumSchema>.Empty);
        var placedV2 = new ContractSchema(
            "orders.order-placed", 2, CompatibilityMode.ForwardTransitive,
            Arr(Req("total", P(PrimitiveKind.Decimal)), Req("orderId", P(PrimitiveKind.Guid)), Opt("currency", Str.OrNull())),
            EquatableArray<ObjectSchema>.Empty,
            EquatableArray<EnumSchema>.Empty);

        // v2 was first locked without "currency"; adding it (optional) was accepted with a lock update.
        var placedV2First = placedV2 with { Members = Arr(Req("total", P(PrimitiveKind.Decimal)), Req("orderId", P(PrimitiveKind.Guid))) };
        return new ContractManifest(
            "orders",
            Arr(
                new ManifestMessage(MessageRole.Publishes, placedV2, Arr(placedV2First)),
                new ManifestMessage(MessageRole.Publishes, placed),
                new ManifestMessage(MessageRole.Consumes, paid)));
    }

    public const string OrdersText = """
        {
          "format": 1,
          "service": "orders",
          "messages": [
            {
              "name": "billing.payment-received",
              "version": 1,
              "role": "consumes",
              "compatibility": "Backward",
              "members": [
                { "wireName": "orderId", "type": "guid", "required": true }
              ],
              "objects": [],
              "enums": []
            },
            {
              "name": "orders.order-placed",
              "version": 1,
              "role": "publishes",
              "compatibility": "Forward",
              "members": [
                { "wireName": "couponCode", "type": "string?", "required": false },
                { "wireName": "lines", "type": "array<object:OrderLine>", "required": true },
                { "wireName": "orderId", "type": "guid", "required": true },
                { "wireName": "status", "type": "enum:OrderStatus", "required": true },
                { "wireName": "tags", "type": "map<string,string>", "required": false },
                { "wireName": "total", "type": "decimal", "required": true }
              ],
              "objects": [
                {
                  "name": "OrderLine",
                  "members": [
                    { "wireName": "quantity", "type": "int32", "required": true },
                    { "wireName": "sku", "type": "string", "required": true }
                  ]
                }
              ],
              "enums": [
                {
                  "name": "OrderStatus",
                  "fallback": "unknown",
                  "members": [
                    "unknown",
                    "placed",
                    "paid"
                  ]
                }
              ]
            },
            {
              "name": "orders.order-placed",
              "version": 2,
              "role": "publishes",
              "compatibility": "ForwardTransitive",
              "members": [
                { "wireName": "currency", "type": "string?", "required": false },
                { "wireName": "orderId", "type": "guid", "required": true },
                { "wireName": "total", "type": "decimal", "required": true }
              ],
              "objects": [],
              "enums": [],
              "history": [
                {
                  "members": [
                    { "wireName": "orderId", "type": "guid", "required": true },
                    { "wireName": "total", "type": "decimal", "required": true }
                  ],
                  "objects": [],
                  "enums": []
                }
              ]
            }
          ]
        }

        """;
}
