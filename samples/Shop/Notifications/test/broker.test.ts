// The service on a real broker (CONTRACTS_RABBITMQ; skipped without one, failed under CI=true, like the .NET broker
// tests): a body its view refuses is dead-lettered at once with the reason, the endpoint and the original envelope,
// the way the .NET transport does it, and a good one is answered with a notification whose envelope a Contracts
// consumer reads. Each run has its own exchange and queue prefix and deletes them.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { test } from "node:test";
import amqp from "amqplib";
import type { Channel, GetMessage } from "amqplib";
import { start } from "../src/run.js";
import type { Endpoint } from "../src/wire/topology.js";
import * as topology from "../src/wire/topology.js";

const url = process.env.CONTRACTS_RABBITMQ || "amqp://guest:guest@127.0.0.1:5672/";
const inCi = process.env.CI === "true";

async function reachable(): Promise<string | undefined> {
  try {
    await (await amqp.connect(url)).close();
    return undefined;
  } catch (error) {
    return `no RabbitMQ at ${url} (${(error as Error).message}); start one with tests/Contracts.RabbitMQ.Tests/broker.sh start`;
  }
}

const unreachable = await reachable();
if (unreachable && inCi) throw new Error(`CI=true: ${unreachable}`);

const order = {
  orderId: "00000000-0000-4000-8000-000000000042",
  customerId: "customer-002",
  lines: [{ sku: "mug-classic", quantity: 1, unitPrice: 12.5 }],
  total: 12.5,
  placedAt: "2025-03-03T09:42:00+00:00",
};

const envelope = (id: string) => ({
  "contracts-message": "orders.order-placed",
  "contracts-version": "1",
  "message-id": id,
  "content-type": "application/json",
  "contracts-schema": "45a6fe6d4962c7b4",
  "contracts-producer": "orders",
  traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
});

async function eventually(channel: Channel, queue: string): Promise<GetMessage> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const message = await channel.get(queue, { noAck: true });
    if (message) return message;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return assert.fail(`nothing arrived in ${queue} within 10 s`);
}

test("a refused body is dead-lettered with its reason; a good one is answered", { skip: unreachable }, async () => {
  const run = randomBytes(4).toString("hex");
  const endpoint: Endpoint = { url, exchange: `notifications-test-${run}`, queuePrefix: `test-${run}.`, service: "notifications", maxRetries: 3, retryDelayMs: 1000, prefetch: 32 };
  const { transport } = await start(endpoint, (error) => assert.fail(error));
  const connection = await amqp.connect(url);
  const channel = await connection.createChannel();
  const probe = `test-${run}.probe`;
  try {
    await channel.assertQueue(probe, { durable: false });
    await channel.bindQueue(probe, endpoint.exchange, "notifications.customer-notified.v1");
    const publish = (body: object, id: string) =>
      channel.publish(endpoint.exchange, "orders.order-placed.v1", Buffer.from(JSON.stringify(body)), { persistent: true, messageId: id, contentType: "application/json", headers: envelope(id) });
    publish({ ...order, customerId: undefined }, "bad00000000000000000000000000001");
    publish(order, "good0000000000000000000000000001");

    const dead = await eventually(channel, topology.deadLetterQueue(endpoint));
    const deadHeaders = dead.properties.headers ?? {};
    assert.match(String(deadHeaders["contracts-dead-letter-reason"]), /^not retried: \$\.customerId: Invalid input: expected string, received undefined$/);
    assert.equal(String(deadHeaders["contracts-dead-letter-endpoint"]), "notifications");
    assert.match(String(deadHeaders["contracts-dead-letter-exception"]), /^MessageFormatError: /);
    assert.equal(String(deadHeaders["message-id"]), "bad00000000000000000000000000001");
    assert.equal(dead.properties.messageId, "bad00000000000000000000000000001");

    const answer = await eventually(channel, probe);
    const headers = Object.fromEntries(Object.entries(answer.properties.headers ?? {}).map(([k, v]) => [k, String(v)]));
    assert.equal(headers["contracts-message"], "notifications.customer-notified");
    assert.equal(headers["contracts-version"], "1");
    assert.equal(headers["content-type"], "application/json");
    assert.equal(headers["contracts-producer"], "notifications");
    assert.match(headers["contracts-schema"] ?? "", /^[0-9a-f]{16}$/);
    assert.match(headers["traceparent"] ?? "", /^00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01$/);
    assert.equal(answer.properties.messageId, headers["message-id"]);
    assert.equal(answer.properties.deliveryMode, 2);
    assert.deepEqual({ ...JSON.parse(answer.content.toString("utf8")), notifiedAt: "" }, { orderId: order.orderId, customerId: order.customerId, kind: "OrderConfirmed", notifiedAt: "" });
    assert.deepEqual({ ...transport.counters(), inFlight: 0 }, { handled: 1, retried: 0, deadLettered: 1, published: 1, inFlight: 0, deadLetterReasons: [String(deadHeaders["contracts-dead-letter-reason"])] });
  } finally {
    await transport.stop();
    for (const queue of [probe, topology.queue(endpoint), topology.retryQueue(endpoint), topology.deadLetterQueue(endpoint)]) await channel.deleteQueue(queue);
    await channel.deleteExchange(endpoint.exchange);
    await connection.close();
  }
});
