// The contracts-schema header: the 64-bit FNV-1a hash of a schema's canonical text, as docs/wire-format.md of
// Contracts defines it ("The schema fingerprint"). A .NET consumer compares it with the fingerprints its build checked
// (here: of this service's asyncapi.yaml, imported); an unknown one is counted as drift.
import { z } from "zod";
import type { Contract } from "../contracts.js";

/** A JSON Schema node as z.toJSONSchema() writes it: only the keywords the wire types use. */
interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  required?: string[];
  anyOf?: JsonSchema[];
}

// The kinds Contracts' importer (docs/import.md "Type mapping") gives these JSON Schema forms: the fingerprint a .NET
// consumer's build checked is the one of the imported schema, so this must read the document the way the importer does.

/** Wire integer kinds in the importer's order, with their ranges; a missing bound is int64's. */
const integers: ReadonlyArray<readonly [string, number, number]> = [
  ["int8", -128, 127], ["uint8", 0, 255], ["int16", -32768, 32767], ["uint16", 0, 65535],
  ["int32", -2147483648, 2147483647], ["uint32", 0, 4294967295],
  ["int64", -(2 ** 63), 2 ** 63 - 1], ["uint64", 0, 2 ** 64 - 1],
];

const formats: Readonly<Record<string, string>> = { uuid: "guid", "date-time": "date-time-offset", date: "date", time: "time" };

/** The fingerprint `contracts-schema` carries for a message version, 16 lower-case hex digits. */
export function fingerprint(contract: Contract): string {
  return fnv1a(canonicalText(contract));
}

/** `name@version` and the body's members in the canonical form of docs/wire-format.md. */
export function canonicalText(contract: Contract): string {
  const schema = z.toJSONSchema(contract.schema, { target: "draft-2020-12", io: "output" }) as JsonSchema;
  return `${contract.name}@${contract.version}${objectText(schema)}`;
}

/** 64-bit FNV-1a over the UTF-8 bytes of `text`. */
export function fnv1a(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  }
  return hash.toString(16).padStart(16, "0");
}

function objectText(schema: JsonSchema): string {
  const required = new Set(schema.required ?? []);
  const members = Object.entries(schema.properties ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, member]) => `${name}:${typeText(member)}${required.has(name) ? "!" : ""}`);
  return `{${members.join(";")}}`;
}

function typeText(schema: JsonSchema): string {
  const nullable = withoutNull(schema);
  return nullable ? `${typeText(nullable)}?` : nonNullText(schema);
}

/** The non-null half of `type: [T, "null"]` or `anyOf: [T, {type: "null"}]`; undefined when null is not allowed. */
function withoutNull(schema: JsonSchema): JsonSchema | undefined {
  if (Array.isArray(schema.type) && schema.type.includes("null")) {
    const [type] = schema.type.filter((t) => t !== "null");
    return { ...schema, type };
  }
  const options = schema.anyOf?.filter((option) => option.type !== "null");
  return options && options.length === 1 && options.length < (schema.anyOf?.length ?? 0) ? options[0] : undefined;
}

function nonNullText(schema: JsonSchema): string {
  if (schema.enum) {
    return `enum(${schema.enum.map(String).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(",")})`;
  }
  switch (schema.type) {
    case "boolean":
      return "boolean";
    case "string":
      return formats[schema.format ?? ""] ?? "string";
    case "number":
      return schema.maximum === 3.4028235e38 ? "float32" : schema.maximum === 79228162514264337593543950335 ? "decimal" : "float64";
    case "integer":
      return integerText(schema.minimum, schema.maximum);
    case "array":
      return `[${typeText(schema.items ?? {})}]`;
    case "object":
      return schema.properties || typeof schema.additionalProperties !== "object"
        ? objectText(schema)
        : `<${typeText(schema.additionalProperties)}>`;
    default:
      throw new Error(`no wire type for the JSON Schema ${JSON.stringify(schema)}`);
  }
}

/** The smallest integer kind that holds the bounds: int64 without bounds, or with zod's ±(2^53 - 1). */
function integerText(minimum = -(2 ** 63), maximum = 2 ** 63 - 1): string {
  const kind = integers.find(([, low, high]) => low <= minimum && maximum <= high);
  if (!kind) throw new Error(`no wire integer holds [${minimum}, ${maximum}]`);
  return kind[0];
}
