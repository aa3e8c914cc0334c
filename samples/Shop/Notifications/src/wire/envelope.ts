// The envelope of a Contracts message over RabbitMQ (docs/wire-format.md "Envelope headers"): AMQP headers, each a
// string, with the message id, content type and producer also as AMQP properties.
import { randomBytes } from "node:crypto";
import type { MessageProperties } from "amqplib";

export const headers = {
  message: "contracts-message",
  version: "contracts-version",
  messageId: "message-id",
  contentType: "content-type",
  schema: "contracts-schema",
  producer: "contracts-producer",
  traceparent: "traceparent",
  redeliveryCount: "contracts-redelivery-count",
  deadLetterReason: "contracts-dead-letter-reason",
  deadLetterException: "contracts-dead-letter-exception",
  deadLetterEndpoint: "contracts-dead-letter-endpoint",
} as const;

export const jsonContentType = "application/json";

/** A message the consumer cannot take as it is; the same bytes fail the same way every time, so it is not retried. */
export class MessageFormatError extends Error {
  override readonly name = "MessageFormatError";
}

/** The envelope headers of a delivery as strings. `x-` headers belong to the broker and the client and are left out. */
export function readHeaders(properties: MessageProperties): Record<string, string> {
  const read: Record<string, string> = {};
  for (const [name, value] of Object.entries(properties.headers ?? {})) {
    if (!name.startsWith("x-") && value !== null && value !== undefined) {
      read[name] = Buffer.isBuffer(value) ? value.toString("utf8") : String(value);
    }
  }
  // A plain AMQP client may set these only as properties.
  const fromProperties: Array<[string, string | undefined]> = [
    [headers.messageId, properties.messageId],
    [headers.contentType, properties.contentType],
    [headers.producer, properties.appId],
  ];
  for (const [name, value] of fromProperties) {
    if (read[name] === undefined && value) read[name] = value;
  }
  return read;
}

/** The identity a delivery claims, checked as a Contracts consumer checks it; throws MessageFormatError otherwise. */
export function identity(read: Record<string, string>): { name: string; version: number; id: string } {
  const name = read[headers.message];
  const versionText = read[headers.version];
  const id = read[headers.messageId];
  if (!name || !/^[a-z0-9._-]+$/.test(name)) throw new MessageFormatError(`the ${headers.message} header is missing or not a message name`);
  if (!versionText || !/^[1-9][0-9]*$/.test(versionText)) throw new MessageFormatError(`the ${headers.version} header is missing or not a version`);
  if (!id) throw new MessageFormatError(`the ${headers.messageId} header is missing`);
  const type = read[headers.contentType];
  if (type !== undefined && type !== jsonContentType) throw new MessageFormatError(`content type '${type}' is not ${jsonContentType}`);
  return { name, version: Number(versionText), id };
}

/** A new message id as the .NET publishers write it: a random UUID's 32 lower-case hex digits. */
export const newMessageId = (): string => randomBytes(16).toString("hex");

/**
 * The trace context of a message this service sends because of `cause`: the same trace with a span of its own, so a
 * trace that went through .NET services continues through this one. Without an incoming trace, none is sent (it is
 * optional on the wire).
 */
export function childTraceparent(cause: Record<string, string>): string | undefined {
  const match = /^00-([0-9a-f]{32})-[0-9a-f]{16}-([0-9a-f]{2})$/.exec(cause[headers.traceparent] ?? "");
  return match ? `00-${match[1]}-${randomBytes(8).toString("hex")}-${match[2]}` : undefined;
}
