// A Node.js service of the Shop fleet, written against the three services' exported modules: a typed handler per
// routing key, every member of what it reads, and the cross-service check TypeScript can make: what a producer's
// module says it sends is assignable to each consumer's view of the same routing key.
import * as orders from "./orders";
import * as billing from "./billing";
import * as shipping from "./shipping";

type Handlers<M> = { [K in keyof M]: (body: M[K]) => string };

export const ordersHandlers: Handlers<orders.Messages> = {
  "billing.payment-failed.v1": (b) => b.orderId,
  // Sent by the Node.js Notifications service, whose types are its own (samples/Shop/Notifications).
  "notifications.customer-notified.v1": (b) => [b.orderId, b.customerId, b.kind].join(),
  "orders.order-cancelled.v1": (b) => [b.orderId, b.cancelledAt, b.reason].join(),
  "orders.order-placed.v1": (b) => [b.orderId, b.customerId, b.placedAt, b.total, b.couponCode ?? "",
    ...b.lines.map((l) => [l.sku, l.quantity, l.unitPrice].join())].join(),
  "shipping.order-shipped.v1": (b) => [b.orderId, b.trackingNumber].join(),
};

export function dispatch<K extends orders.RoutingKey>(routingKey: K, text: string): string {
  const body = JSON.parse(text) as orders.Messages[K];
  return ordersHandlers[routingKey](body);
}

// Producer's body → consumer's view, for every routing key two services share.
export function crossService(
  placed: orders.OrdersOrderPlacedV1,
  cancelled: orders.OrdersOrderCancelledV1,
  failed: billing.BillingPaymentFailedV1,
  captured: billing.BillingPaymentCapturedV1,
  shipped: shipping.ShippingOrderShippedV1,
): unknown[] {
  const billingReadsPlaced: billing.Messages["orders.order-placed.v1"] = placed;
  const shippingReadsCancelled: shipping.Messages["orders.order-cancelled.v1"] = cancelled;
  const ordersReadsFailed: orders.Messages["billing.payment-failed.v1"] = failed;
  const shippingReadsCaptured: shipping.Messages["billing.payment-captured.v1"] = captured;
  const ordersReadsShipped: orders.Messages["shipping.order-shipped.v1"] = shipped;
  return [billingReadsPlaced, shippingReadsCancelled, ordersReadsFailed, shippingReadsCaptured, ordersReadsShipped];
}

export const exchanges: ["shop", "shop", "shop"] = [orders.exchange, billing.exchange, shipping.exchange];
