// What the service declares on the broker: the same layout the .NET RabbitMQ transport declares for an endpoint
// (docs/rabbitmq.md "Topology"), so operators and tools see one kind of service whatever its language.

/** Where the service runs: the broker, the exchange the fleet shares, and the prefix of its queue names. */
export interface Endpoint {
  readonly url: string;
  readonly exchange: string;
  readonly queuePrefix: string;
  /** The service's name: its queue is `<queuePrefix><service>`, and it is the contracts-producer it sends. */
  readonly service: string;
  /** Failed deliveries retried before a message is dead-lettered (the .NET default, MaxRetries = 3). */
  readonly maxRetries: number;
  readonly retryDelayMs: number;
  readonly prefetch: number;
}

export const queue = (e: Endpoint): string => e.queuePrefix + e.service;
export const retryQueue = (e: Endpoint): string => `${queue(e)}.retry-${e.retryDelayMs}ms`;
export const deadLetterQueue = (e: Endpoint): string => `${queue(e)}.dead-letter`;

/** A quorum queue whose broker-side delivery limit is the backstop behind the service's own retry count. */
export const queueArguments = (e: Endpoint) => ({
  "x-queue-type": "quorum",
  "x-delivery-limit": e.maxRetries + 1,
  "x-dead-letter-exchange": "",
  "x-dead-letter-routing-key": deadLetterQueue(e),
});

/** A failed message waits here for the delay, then the broker hands it back to the endpoint queue. */
export const retryQueueArguments = (e: Endpoint) => ({
  "x-message-ttl": e.retryDelayMs,
  "x-dead-letter-exchange": "",
  "x-dead-letter-routing-key": queue(e),
  "x-queue-type": "quorum",
});

export const deadLetterQueueArguments = { "x-queue-type": "quorum" } as const;
