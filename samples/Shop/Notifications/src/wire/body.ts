// Reading a body as strictly as Contracts' .NET readers do (docs/wire-format.md "The body"): UTF-8 JSON, then the
// zod view; any failure is a MessageFormatError naming the JSON path, so the message is dead-lettered, not retried.
import type { z } from "zod";
import { MessageFormatError } from "./envelope.js";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The body parsed by `schema`: unknown members are dropped (a newer producer may send more), anything else refused. */
export function readBody<S extends z.ZodType>(schema: S, body: Buffer): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(utf8.decode(body));
  } catch (error) {
    throw new MessageFormatError(`$: the body is not UTF-8 JSON (${(error as Error).message})`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new MessageFormatError("$: the body is not a JSON object");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new MessageFormatError(parsed.error.issues.map((issue) => `${jsonPath(issue.path)}: ${issue.message}`).join("; "));
  }
  return parsed.data;
}

/** A zod issue path as the .NET readers write it: `$.lines[0].sku`. */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, segment) => (typeof segment === "number" ? `${text}[${segment}]` : `${text}.${String(segment)}`), "$");
}
