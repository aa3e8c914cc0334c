// The contracts of the Notifications service, declared in zod: what it reads of the messages it consumes (its own
// views, as a .NET consumer keeps its own record) and what it publishes. Everything else is derived from these: the
// runtime validation, the fingerprint it sends, and asyncapi.yaml, the document the .NET builds check against.
import { z } from "zod";
import type { OrdersOrderPlacedV1 } from "../contracts/orders.js";
import type { NotificationsCustomerNotifiedV1 } from "../contracts/orders.js";
import type { ShippingOrderShippedV1 } from "../contracts/shipping.js";

/** Whether the service reads or writes a message; the AsyncAPI operation is `receive` or `send` accordingly. */
export type Role = "consumes" | "publishes";

/** A message version the service speaks: its wire identity, its role and the zod schema of its body. */
export interface Contract<S extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly version: number;
  readonly role: Role;
  readonly summary: string;
  readonly schema: S;
}

/** The routing key of a message version on the exchange: `<name>.v<version>`, as the .NET transport writes it. */
export const routingKey = (contract: Pick<Contract, "name" | "version">): string => `${contract.name}.v${contract.version}`;

// Dates: the .NET writers send UTC as "Z" now, but wrote "+00:00" before, and a consumer reads what older producers
// and its queue still hold; zod's default z.iso.datetime() refuses every offset but Z, so offsets are allowed.
const timestamp = () => z.iso.datetime({ offset: true });

// z.guid(), not z.uuid(): a .NET Guid is any 8-4-4-4-12 hex, not only an RFC 9562 version and variant.
const guid = () => z.guid();

export const orderPlaced = {
  name: "orders.order-placed",
  version: 1,
  role: "consumes",
  summary: "Tells the customer their order was received.",
  schema: z.object({
    orderId: guid(),
    customerId: z.string(),
    lines: z.array(z.object({ sku: z.string(), quantity: z.int32() })),
    placedAt: timestamp(),
  }),
} as const satisfies Contract;

export const orderShipped = {
  name: "shipping.order-shipped",
  version: 1,
  role: "consumes",
  summary: "Tells the customer their parcel is on its way, with its tracking number.",
  schema: z.object({
    orderId: guid(),
    trackingNumber: z.string(),
    shippedAt: timestamp(),
  }),
} as const satisfies Contract;

export const customerNotified = {
  name: "notifications.customer-notified",
  version: 1,
  role: "publishes",
  summary: "A customer was told about their order.",
  schema: z.object({
    orderId: guid(),
    customerId: z.string(),
    kind: z.enum(["OrderConfirmed", "OrderShipped"]),
    notifiedAt: timestamp(),
    trackingNumber: z.string().optional(),
  }),
} as const satisfies Contract;

/** Every message version the service speaks, in the order asyncapi.yaml lists them. */
export const contracts = [orderPlaced, orderShipped, customerNotified] as const;

export type OrderPlaced = z.output<typeof orderPlaced.schema>;
export type OrderShipped = z.output<typeof orderShipped.schema>;
export type CustomerNotified = z.output<typeof customerNotified.schema>;

// The compile-time half of the cross-language gate. contracts/*.ts are exported by the .NET builds
// (`dotnet build -p:ContractsExport=true`, see README.md): when a producer changes a member this service reads, or
// Orders starts requiring a member this service does not send, one of these lines stops compiling and names it.

/** Every body Orders may send is one this service's view accepts. */
export const readsOrderPlaced = (sent: OrdersOrderPlacedV1): z.input<typeof orderPlaced.schema> => sent;

/** Every body Shipping may send is one this service's view accepts. */
export const readsOrderShipped = (sent: ShippingOrderShippedV1): z.input<typeof orderShipped.schema> => sent;

/** Every body this service sends is one Orders' view of it accepts. */
export const sendsCustomerNotified = (sent: CustomerNotified): NotificationsCustomerNotifiedV1 => sent;
