// The fingerprint this service sends must be the one a .NET consumer computes from the same schema: the algorithm's
// test vectors of docs/wire-format.md, and the canonical text of what this service publishes.
import assert from "node:assert/strict";
import { test } from "node:test";
import { customerNotified } from "../src/contracts.js";
import { canonicalText, fingerprint, fnv1a } from "../src/wire/fingerprint.js";

const vectors: Array<[string, string]> = [
  ["", "cbf29ce484222325"],
  ["a", "af63dc4c8601ec8c"],
  ["foobar", "85944171f73967e8"],
  ["billing.payment-failed@1{orderId:guid!}", "fcae37ec76018a50"],
  [
    "orders.order-placed@3{coupon:string?;lines:[{quantity:int32!;sku:string!}]!;status:enum(Cancelled,Placed)!;tags:<int32>}",
    "7c38cdabf544bd5a",
  ],
];

for (const [text, expected] of vectors) {
  test(`FNV-1a of '${text}'`, () => assert.equal(fnv1a(text), expected));
}

test("the canonical text of notifications.customer-notified v1", () => {
  assert.equal(
    canonicalText(customerNotified),
    "notifications.customer-notified@1{customerId:string!;kind:enum(OrderConfirmed,OrderShipped)!;notifiedAt:date-time-offset!;orderId:guid!;trackingNumber:string}",
  );
  assert.equal(fingerprint(customerNotified), fnv1a(canonicalText(customerNotified)));
});
