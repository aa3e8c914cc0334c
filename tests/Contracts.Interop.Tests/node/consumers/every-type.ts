// A Node.js consumer of interop.every-type v1, written against the exported module: it reads every member with the
// type a JSON.parse'd body has, and the @ts-expect-error lines must stay errors (tsc fails on an unused one), so the
// module says exactly what may be absent and what may be null.
import { InteropEveryTypeV1, Messages, RoutingKey, published, consumed, exchange, type Carrier, type Colour, type Line } from "./interop";

export function read(body: InteropEveryTypeV1): string[] {
  const flag: boolean = body.flag;
  const integers: number[] = [body.i8, body.u8, body.i16, body.u16, body.i32, body.u32, body.i64, body.u64];
  const floats: number[] = [body.f32, body.f64, body.money];
  const texts: string[] = [body.text, body.id, body.at, body.day, body.time, body.duration];
  const carrier: Carrier = body.carrier;
  const colour: Colour = body.colour;
  const main: Line = body.main;
  const lines: readonly Line[] = body.lines;
  const prices: Record<string, number> = body.prices;
  const grid: number[][] = body.grid;
  const note: string | null | undefined = body.note;
  const count: number | null | undefined = body.count;
  const ref: string | null | undefined = body.ref;
  const until: string | null | undefined = body.until;
  const tint: Colour | null | undefined = body.tint;
  const spare: Line | null | undefined = body.spare;
  const gaps: (number | null)[] | null | undefined = body.gaps;
  const labels: Record<string, string | null> | null | undefined = body.labels;
  const comment: string | null | undefined = main.comment;
  const line: [string, number, number] = [main.sku, main.quantity, main.unitPrice];
  return [String(flag), ...integers.map(String), ...floats.map(String), ...texts, carrier, colour, String(lines.length),
    Object.keys(prices).join(), String(grid.length), String(note), String(count), String(ref), String(until), String(tint),
    String(spare?.sku), String(gaps?.length), String(labels), String(comment), line.join()];
}

export function strictness(body: InteropEveryTypeV1): void {
  // @ts-expect-error an optional member may be absent
  const note: string | null = body.note;
  // @ts-expect-error a nullable member may be null
  const count: number | undefined = body.count;
  // @ts-expect-error a required member that is not nullable is never null
  body.text = null;
  // @ts-expect-error an enum is its wire names only
  const colour: Colour = "Blue";
  // @ts-expect-error a member the contract does not have
  const missing = body.unknownMember;
  void [note, count, colour, missing];
}

// The identity constants and the routing-key map.
const key: RoutingKey = InteropEveryTypeV1.routingKey;
const body: Messages[typeof key] | undefined = undefined;
const name: "interop.every-type" = InteropEveryTypeV1.name;
const version: 1 = InteropEveryTypeV1.version;
const fingerprint: string = InteropEveryTypeV1.fingerprint;
const keys: readonly RoutingKey[] = [...published, ...consumed];
export const identity = [exchange, key, body, name, version, fingerprint, keys] as const;
