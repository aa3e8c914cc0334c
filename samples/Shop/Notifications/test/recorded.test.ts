// The bodies the .NET services really sent (test/fixtures/recorded.jsonl: orders 1-30 of
// `dotnet run --project samples/Shop -- --record sent.jsonl`, each order placed before it shipped, as its queue
// delivers them), read through this service's zod views.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { customerNotified } from "../src/contracts.js";
import { NotificationsService } from "../src/service.js";
import { fingerprint } from "../src/wire/fingerprint.js";

interface Recorded {
  headers: Record<string, string>;
  body: unknown;
}

const recorded: Recorded[] = readFileSync(new URL("../../test/fixtures/recorded.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.length > 0)
  .map((line) => JSON.parse(line) as Recorded);

const delivery = (message: Recorded) => ({ headers: message.headers, body: Buffer.from(JSON.stringify(message.body)), earlier: 0 });

test("every recorded order and shipment is read, and answered with one notification", () => {
  const service = new NotificationsService("notifications");
  const sent = recorded.map((message) => service.handle(delivery(message)));

  assert.equal(sent.length, recorded.length);
  const shipped = recorded.filter((m) => m.headers["contracts-message"] === "shipping.order-shipped").length;
  assert.ok(shipped > 0);
  assert.deepEqual(service.handled, { "orders.order-placed.v1": 30, "shipping.order-shipped.v1": shipped });
  for (const out of sent) {
    assert.equal(out.routingKey, "notifications.customer-notified.v1");
    assert.equal(out.headers["contracts-schema"], fingerprint(customerNotified));
    assert.match(out.headers["message-id"] ?? "", /^[0-9a-f]{32}$/);
    customerNotified.schema.parse(JSON.parse(out.body.toString("utf8")));
  }
});

test("the recorded producers sent the fingerprints their exported contracts name: no drift", () => {
  const service = new NotificationsService("notifications");
  recorded.forEach((message) => service.handle(delivery(message)));
  assert.equal(service.unchecked, 0);
});

test("a shipment is told with the customer of its order and its tracking number", () => {
  const service = new NotificationsService("notifications");
  const answers = recorded.map((message) => JSON.parse(service.handle(delivery(message)).body.toString("utf8")));
  const shipped = answers.find((a) => a.kind === "OrderShipped" && a.orderId === "00000000-0000-4000-8000-000000000001");
  assert.deepEqual({ ...shipped, notifiedAt: undefined }, {
    orderId: "00000000-0000-4000-8000-000000000001",
    customerId: "customer-001",
    kind: "OrderShipped",
    notifiedAt: undefined,
    trackingNumber: "TRK-00000001",
  });
});

test("the .NET writers' Z, and the +00:00 they wrote before, are both read as timestamps", () => {
  const placed = recorded.find((m) => m.headers["contracts-message"] === "orders.order-placed")!;
  const body = placed.body as { placedAt: string };
  assert.match(body.placedAt, /Z$/);
  const service = new NotificationsService("notifications");
  service.handle(delivery(placed));
  service.handle(delivery({ ...placed, body: { ...body, placedAt: body.placedAt.replace(/Z$/, "+00:00") } }));
});
