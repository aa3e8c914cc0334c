// The service's RabbitMQ transport, on amqplib, settling every delivery the way Contracts' .NET transport does
// (docs/rabbitmq.md "Consuming, retries and dead letters"): manual acks after the handler; an unreadable message is
// dead-lettered at once with the reason; any other failure goes to the retry queue with its count, and is
// dead-lettered after maxRetries; a delivery is acked only once its outcome is stored (confirmed).
import amqp from "amqplib";
import type { ChannelModel, ConfirmChannel, ConsumeMessage, Options } from "amqplib";
import { headers as h, MessageFormatError, readHeaders } from "./envelope.js";
import * as topology from "./topology.js";
import type { Endpoint } from "./topology.js";

/** One delivery as the handler sees it: envelope headers, the body's bytes, and how many deliveries failed before. */
export interface Delivery {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
  readonly earlier: number;
}

export type Handler = (delivery: Delivery) => Promise<void>;

/** What the transport did; inFlight counts deliveries received and not yet settled. */
export interface Counters {
  handled: number;
  retried: number;
  deadLettered: number;
  published: number;
  inFlight: number;
  deadLetterReasons: string[];
}

export class RabbitTransport {
  private readonly count = { handled: 0, retried: 0, deadLettered: 0, published: 0, inFlight: 0 };
  private readonly reasons: string[] = [];
  private tail: Promise<void> = Promise.resolve();
  private consumerTag: string | undefined;
  private stopping = false;

  private constructor(
    private readonly endpoint: Endpoint,
    private readonly connection: ChannelModel,
    private readonly consuming: ConfirmChannel,
    private readonly publishing: ConfirmChannel,
  ) {}

  /** Connects, with one channel to consume on and one to publish on (confirms on both: dead letters are confirmed). */
  static async connect(endpoint: Endpoint, onLost: (error: Error) => void): Promise<RabbitTransport> {
    const connection = await amqp.connect(endpoint.url, { clientProperties: { connection_name: endpoint.service } });
    const transport = new RabbitTransport(endpoint, connection, await connection.createConfirmChannel(), await connection.createConfirmChannel());
    connection.on("close", (error?: Error) => {
      if (!transport.stopping) onLost(error ?? new Error("the broker closed the connection"));
    });
    connection.on("error", () => { /* "close" follows, with the error */ });
    return transport;
  }

  /** Declares the exchange and the endpoint's queues, binds the routing keys, and starts consuming, one message at a time. */
  async consume(routingKeys: readonly string[], handler: Handler): Promise<void> {
    const { consuming: channel, endpoint } = this;
    await channel.assertExchange(endpoint.exchange, "topic", { durable: true, autoDelete: false });
    const queue = topology.queue(endpoint);
    await channel.assertQueue(queue, { durable: true, arguments: topology.queueArguments(endpoint) });
    for (const key of routingKeys) await channel.bindQueue(queue, endpoint.exchange, key);
    await channel.assertQueue(topology.retryQueue(endpoint), { durable: true, arguments: topology.retryQueueArguments(endpoint) });
    await channel.assertQueue(topology.deadLetterQueue(endpoint), { durable: true, arguments: topology.deadLetterQueueArguments });
    await channel.prefetch(endpoint.prefetch);
    const consumer = await channel.consume(queue, (message) => message && this.enqueue(message, handler), { noAck: false });
    this.consumerTag = consumer.consumerTag;
  }

  /** Publishes to the exchange and resolves once the broker confirmed the message. */
  async publish(routingKey: string, headers: Record<string, string>, body: Buffer): Promise<void> {
    await this.send(this.endpoint.exchange, routingKey, headers, body);
    this.count.published++;
  }

  /** The counters, and the dead-letter reasons of the first 100 dead letters. */
  counters(): Counters {
    return { ...this.count, deadLetterReasons: [...this.reasons] };
  }

  /** Messages waiting in the endpoint and retry queues (not counting those sent ahead to this consumer). */
  async queued(): Promise<number> {
    return (await this.consuming.checkQueue(topology.queue(this.endpoint))).messageCount
      + (await this.consuming.checkQueue(topology.retryQueue(this.endpoint))).messageCount;
  }

  /** Graceful: no new deliveries, the running one finishes and settles; those sent ahead go back to the queue. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.consumerTag) await this.consuming.cancel(this.consumerTag);
    await this.tail;
    await this.connection.close();
  }

  // amqplib calls back for every delivery at once; chaining them keeps queue order, like ConsumerConcurrency = 1.
  private enqueue(message: ConsumeMessage, handler: Handler): void {
    this.count.inFlight++;
    this.tail = this.tail
      .then(() => (this.stopping ? undefined : this.settle(message, handler)))
      .catch((error: Error) => console.error(`notifications: could not settle a delivery, the broker will redeliver it: ${error.message}`))
      .finally(() => { this.count.inFlight--; });
  }

  private async settle(message: ConsumeMessage, handler: Handler): Promise<void> {
    const headers = readHeaders(message.properties);
    const earlier = redeliveryCount(headers) + brokerDeliveryCount(message);
    const delivery = { headers, body: message.content, earlier };
    if (earlier > this.endpoint.maxRetries) {
      await this.deadLetter(delivery, `delivered ${earlier} times without success, the last time without being settled: the consumer's process died or lost its connection while handling it`);
    } else {
      await this.run(delivery, handler);
    }
    this.consuming.ack(message);
  }

  private async run(delivery: Delivery, handler: Handler): Promise<void> {
    try {
      await handler(delivery);
      this.count.handled++;
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      if (error instanceof MessageFormatError) {
        await this.deadLetter(delivery, `not retried: ${error.message}`, error);
      } else if (delivery.earlier >= this.endpoint.maxRetries) {
        await this.deadLetter(delivery, `failed ${delivery.earlier + 1} deliveries: ${error.message}`, error);
      } else {
        await this.send("", topology.retryQueue(this.endpoint), { ...delivery.headers, [h.redeliveryCount]: String(delivery.earlier + 1) }, delivery.body);
        this.count.retried++;
      }
    }
  }

  private async deadLetter(delivery: Delivery, reason: string, error?: Error): Promise<void> {
    const headers: Record<string, string> = { ...delivery.headers, [h.deadLetterReason]: reason, [h.deadLetterEndpoint]: this.endpoint.service };
    if (error) headers[h.deadLetterException] = `${error.name}: ${error.message}`;
    await this.send("", topology.deadLetterQueue(this.endpoint), headers, delivery.body);
    this.count.deadLettered++;
    if (this.reasons.length < 100) this.reasons.push(reason);
    console.error(`notifications: dead-lettered message ${delivery.headers[h.messageId] ?? "(no id)"}: ${reason}`);
  }

  private send(exchange: string, routingKey: string, headers: Record<string, string>, body: Buffer): Promise<void> {
    const options: Options.Publish = {
      persistent: true,
      messageId: headers[h.messageId],
      contentType: headers[h.contentType],
      appId: headers[h.producer],
      headers,
    };
    return new Promise((resolve, reject) => {
      this.publishing.publish(exchange, routingKey, body, options, (error) => (error ? reject(error) : resolve()));
    });
  }
}

/** The count this transport (or the .NET one) wrote on a retried copy; absent or unreadable is a first delivery. */
const redeliveryCount = (headers: Readonly<Record<string, string>>): number =>
  /^[0-9]+$/.test(headers[h.redeliveryCount] ?? "") ? Number(headers[h.redeliveryCount]) : 0;

/** A quorum queue's count of earlier deliveries of this copy that ended unsettled. */
const brokerDeliveryCount = (message: ConsumeMessage): number => {
  const count: unknown = message.properties.headers?.["x-delivery-count"];
  return typeof count === "number" && count > 0 ? count : 0;
};
