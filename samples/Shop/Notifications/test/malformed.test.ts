// What the .NET readers refuse, this service refuses too, with a MessageFormatError that names the JSON path: the
// transport dead-letters such a message at once instead of retrying it.
import assert from "node:assert/strict";
import { test } from "node:test";
import { NotificationsService } from "../src/service.js";
import { MessageFormatError } from "../src/wire/envelope.js";

const headers = {
  "contracts-message": "orders.order-placed",
  "contracts-version": "1",
  "message-id": "0f8fad5bd9cb469fa16570867728950e",
  "content-type": "application/json",
  "contracts-schema": "45a6fe6d4962c7b4",
};

const good = {
  orderId: "00000000-0000-4000-8000-000000000007",
  customerId: "customer-007",
  lines: [{ sku: "mug-classic", quantity: 2, unitPrice: 12.5 }],
  total: 25.0,
  placedAt: "2025-03-03T09:07:00+00:00",
};

function refusal(body: Buffer | object, headerChanges: Record<string, string | undefined> = {}): string {
  const service = new NotificationsService("notifications");
  const merged = Object.fromEntries(Object.entries({ ...headers, ...headerChanges }).filter(([, v]) => v !== undefined)) as Record<string, string>;
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
  try {
    service.handle({ headers: merged, body: bytes, earlier: 0 });
  } catch (error) {
    assert.ok(error instanceof MessageFormatError, `expected a MessageFormatError, got ${String(error)}`);
    return error.message;
  }
  return assert.fail("the message was accepted");
}

test("a good body is accepted, with members the view does not read", () => {
  new NotificationsService("notifications").handle({ headers, body: Buffer.from(JSON.stringify({ ...good, couponCode: "SPRING10" })), earlier: 0 });
});

const cases: Array<[string, Buffer | object, RegExp]> = [
  ["not JSON", Buffer.from("{\"orderId\":"), /^\$: the body is not UTF-8 JSON/],
  ["invalid UTF-8", Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]), /^\$: the body is not UTF-8 JSON/],
  ["an array", [good], /^\$: the body is not a JSON object$/],
  ["a required member missing", { ...good, customerId: undefined }, /^\$\.customerId: /],
  ["null where not nullable", { ...good, customerId: null }, /^\$\.customerId: /],
  ["a nested wrong type", { ...good, lines: [{ sku: 1, quantity: 2 }] }, /^\$\.lines\[0\]\.sku: /],
  ["a fraction in an int32", { ...good, lines: [{ sku: "a", quantity: 1.5 }] }, /^\$\.lines\[0\]\.quantity: /],
  ["an int32 out of range", { ...good, lines: [{ sku: "a", quantity: 2 ** 31 }] }, /^\$\.lines\[0\]\.quantity: /],
  ["a guid that is not one", { ...good, orderId: "order-7" }, /^\$\.orderId: /],
  ["a timestamp without an offset", { ...good, placedAt: "2025-03-03T09:07:00" }, /^\$\.placedAt: /],
];

for (const [what, body, reason] of cases) {
  test(`refused: ${what}`, () => assert.match(refusal(body), reason));
}

test("refused: a message this service does not consume", () =>
  assert.equal(refusal(good, { "contracts-message": "orders.order-cancelled" }), "this service does not consume orders.order-cancelled.v1"));

test("refused: a version this service does not consume", () =>
  assert.equal(refusal(good, { "contracts-version": "2" }), "this service does not consume orders.order-placed.v2"));

test("refused: no message id", () => assert.match(refusal(good, { "message-id": undefined }), /message-id header is missing/));

test("refused: another content type", () =>
  assert.match(refusal(good, { "content-type": "application/xml" }), /content type 'application\/xml' is not application\/json/));
