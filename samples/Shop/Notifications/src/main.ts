// Runs the Notifications service against a RabbitMQ broker until SIGTERM/SIGINT (or, with --control-stdin, until
// stdin says "stop" or ends). It prints one line when it is ready and one when it stopped; with --control-stdin a
// "status" line on stdin prints its counters. The Shop host (`--with-node`) drives it through exactly these lines.
import { createInterface } from "node:readline";
import { start } from "./run.js";
import type { Endpoint } from "./wire/topology.js";
import * as topology from "./wire/topology.js";

const endpoint: Endpoint = {
  url: process.env.CONTRACTS_RABBITMQ || "amqp://guest:guest@127.0.0.1:5672/",
  exchange: process.env.NOTIFICATIONS_EXCHANGE || "shop",
  queuePrefix: process.env.NOTIFICATIONS_QUEUE_PREFIX ?? "shop.",
  service: "notifications",
  maxRetries: 3,
  retryDelayMs: 1000,
  prefetch: 32,
};

const { service, transport } = await start(endpoint, (error) => {
  console.error(`notifications: lost the broker connection (${error.message}); exiting so a supervisor restarts the service`);
  process.exit(1);
});

const counters = () => ({ ...transport.counters(), unchecked: service.unchecked, handledByKey: service.handled });
const status = async () => ({ ...counters(), queued: await transport.queued() });

let stopping: Promise<void> | undefined;
const stop = () => (stopping ??= transport.stop().then(() => {
  console.log(`notifications: stopped ${JSON.stringify(counters())}`);
  process.exit(0);
}));

process.on("SIGTERM", stop);
process.on("SIGINT", stop);
if (process.argv.includes("--control-stdin")) {
  const lines = createInterface({ input: process.stdin });
  lines.on("line", (line) => {
    if (line.trim() === "status") void status().then((s) => console.log(`notifications: status ${JSON.stringify(s)}`));
    if (line.trim() === "stop") void stop();
  });
  lines.on("close", () => void stop());
}

console.log(`notifications: ready, consuming ${service.routingKeys.join(", ")} from queue ${topology.queue(endpoint)} on exchange ${endpoint.exchange}`);
