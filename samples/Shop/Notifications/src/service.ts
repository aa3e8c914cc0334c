// The Notifications service: its contracts, its transport and its logic wired together. Every consumed routing key
// has a route that reads the body through the contract's zod view; what it publishes is checked by the contract's
// schema before it is sent, with the envelope a Contracts consumer expects.
import type { z } from "zod";
import { OrdersOrderPlacedV1 } from "../contracts/orders.js";
import { ShippingOrderShippedV1 } from "../contracts/shipping.js";
import { customerNotified, orderPlaced, orderShipped, routingKey } from "./contracts.js";
import type { Contract, CustomerNotified } from "./contracts.js";
import { Notifier } from "./notifier.js";
import { readBody } from "./wire/body.js";
import { childTraceparent, headers as h, identity, jsonContentType, MessageFormatError, newMessageId } from "./wire/envelope.js";
import { fingerprint } from "./wire/fingerprint.js";
import type { Delivery } from "./wire/transport.js";

/** A consumed message version: its contract, the fingerprint its producer's exported contract names, and its answer. */
interface Route {
  readonly contract: Contract;
  readonly producerFingerprint: string;
  readonly answer: (body: Buffer) => CustomerNotified;
}

const route = <S extends z.ZodType>(contract: Contract<S>, producerFingerprint: string, answer: (body: z.output<S>) => CustomerNotified): Route =>
  ({ contract, producerFingerprint, answer: (body) => answer(readBody(contract.schema, body)) });

/** A message to send: routing key, envelope headers, body. */
export interface Outgoing {
  readonly routingKey: string;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

/** The service without its transport: a delivery in, the message to publish out (so tests need no broker). */
export class NotificationsService {
  /** The routing keys the service consumes. */
  readonly routingKeys: readonly string[];
  /** Deliveries per consumed routing key, and those whose contracts-schema their producer's export does not name. */
  readonly handled: Record<string, number> = {};
  unchecked = 0;

  private readonly routes: ReadonlyMap<string, Route>;
  private readonly sentFingerprint = fingerprint(customerNotified);

  constructor(private readonly service: string, notifier = new Notifier()) {
    const routes = [
      route(orderPlaced, OrdersOrderPlacedV1.fingerprint, (order) => notifier.orderPlaced(order)),
      route(orderShipped, ShippingOrderShippedV1.fingerprint, (shipment) => notifier.orderShipped(shipment)),
    ];
    this.routes = new Map(routes.map((r) => [routingKey(r.contract), r]));
    this.routingKeys = [...this.routes.keys()];
  }

  /** Reads a delivery and returns what to publish; throws MessageFormatError for what no retry can fix. */
  handle(delivery: Delivery): Outgoing {
    const key = routingKey(identity(delivery.headers));
    const found = this.routes.get(key);
    if (!found) throw new MessageFormatError(`this service does not consume ${key}`);
    const notification = found.answer(delivery.body);
    if (delivery.headers[h.schema] !== found.producerFingerprint) this.unchecked++;
    this.handled[key] = (this.handled[key] ?? 0) + 1;
    return this.outgoing(notification, delivery.headers);
  }

  private outgoing(notification: CustomerNotified, cause: Readonly<Record<string, string>>): Outgoing {
    // The writer never sends what its own contract refuses.
    const body = Buffer.from(JSON.stringify(customerNotified.schema.parse(notification)), "utf8");
    const headers: Record<string, string> = {
      [h.message]: customerNotified.name,
      [h.version]: String(customerNotified.version),
      [h.messageId]: newMessageId(),
      [h.contentType]: jsonContentType,
      [h.schema]: this.sentFingerprint,
      [h.producer]: this.service,
    };
    const traceparent = childTraceparent(cause);
    if (traceparent) headers[h.traceparent] = traceparent;
    return { routingKey: routingKey(customerNotified), headers, body };
  }
}
