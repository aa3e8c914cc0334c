// asyncapi.yaml, the document this service owns and the .NET builds import (<ContractManifest Include=...>): written
// from the zod contracts, in the layout Contracts' own AsyncAPI export uses (channel = routing key, AMQP binding with
// the exchange, `send` for what it publishes and `receive` for what it consumes).
import { z } from "zod";
import { stringify } from "yaml";
import { contracts, routingKey } from "./contracts.js";
import type { Contract } from "./contracts.js";
import { fingerprint } from "./wire/fingerprint.js";

export interface DocumentOptions {
  readonly service: string;
  readonly version: string;
  readonly exchange: string;
  readonly queue: string;
}

/** The AsyncAPI 3.0 document of `contracts` as YAML text. */
export function asyncApiYaml(options: DocumentOptions): string {
  const header = "# Written by `npm run asyncapi` from src/contracts.ts (zod); `npm run build` fails when it is out of date.\n";
  return header + stringify(asyncApiDocument(options), { lineWidth: 0, aliasDuplicateObjects: false });
}

export function asyncApiDocument(options: DocumentOptions) {
  const keyed = contracts.map((contract) => [routingKey(contract), contract] as const);
  return {
    asyncapi: "3.0.0",
    info: {
      title: options.service,
      version: options.version,
      description: `The messages the ${options.service} service (Node.js, TypeScript, zod) consumes and publishes on the Shop's RabbitMQ exchange.`,
      "x-contracts-language": "typescript",
    },
    defaultContentType: "application/json",
    channels: Object.fromEntries(keyed.map(([key, contract]) => [key, channel(key, contract, options)])),
    operations: Object.fromEntries(keyed.map(([key, contract]) => [`${action(contract)}.${key}`, operation(key, contract, options)])),
    components: { messages: Object.fromEntries(keyed.map(([key, contract]) => [key, message(contract)])) },
  };
}

const action = (contract: Contract) => (contract.role === "publishes" ? "send" : "receive");

function channel(key: string, contract: Contract, options: DocumentOptions) {
  return {
    address: key,
    title: `${contract.name} v${contract.version}`,
    messages: { [key]: { $ref: `#/components/messages/${key}` } },
    bindings: {
      amqp: { is: "routingKey", exchange: { name: options.exchange, type: "topic", durable: true, autoDelete: false }, bindingVersion: "0.3.0" },
    },
  };
}

function operation(key: string, contract: Contract, options: DocumentOptions) {
  const receive = contract.role === "consumes";
  return {
    action: action(contract),
    channel: { $ref: `#/channels/${key}` },
    title: `${receive ? "Consume" : "Publish"} ${contract.name} v${contract.version}`,
    summary: contract.summary,
    messages: [{ $ref: `#/channels/${key}/messages/${key}` }],
    description: receive
      ? `Consumed from the durable queue '${options.queue}', bound with the routing key '${key}'; acknowledged after the handler ran.`
      : "Published persistent, with publisher confirms.",
    bindings: { amqp: receive ? { ack: true, bindingVersion: "0.3.0" } : { deliveryMode: 2, mandatory: false, bindingVersion: "0.3.0" } },
  };
}

function message(contract: Contract) {
  // A consumer's view is what its parser accepts (zod's input: unknown members are stripped); a producer's is what it
  // writes (zod's output). JSON Schema draft-07, which AsyncAPI 3.0's default schema format is a superset of.
  const { $schema: _, ...payload } = z.toJSONSchema(contract.schema, { target: "draft-07", io: contract.role === "consumes" ? "input" : "output" });
  return {
    name: contract.name,
    title: `${contract.name} v${contract.version}`,
    summary: contract.summary,
    contentType: "application/json",
    "x-contracts-message": { name: contract.name, version: contract.version },
    ...(contract.role === "publishes" ? { "x-contracts-fingerprint": fingerprint(contract) } : {}),
    payload,
  };
}
