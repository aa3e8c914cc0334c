// What the service does: tell a customer their order was received, and later that it shipped. It only decides what
// to say; reading, sending and settling are the transport's (src/service.ts wires the two).
import type { CustomerNotified, OrderPlaced, OrderShipped } from "./contracts.js";

export class Notifier {
  // Who ordered what: a shipment names only the order. Kept after the shipment too, so that a redelivered shipment
  // is told again instead of failing; a real service would keep this in its database.
  private readonly customers = new Map<string, string>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  orderPlaced(order: OrderPlaced): CustomerNotified {
    this.customers.set(order.orderId, order.customerId);
    return { orderId: order.orderId, customerId: order.customerId, kind: "OrderConfirmed", notifiedAt: this.now().toISOString() };
  }

  /** Throws, so the transport retries it, when the order's placement has not been read yet. */
  orderShipped(shipment: OrderShipped): CustomerNotified {
    const customerId = this.customers.get(shipment.orderId);
    if (customerId === undefined) {
      throw new Error(`order ${shipment.orderId} shipped, but this service has not read that it was placed`);
    }
    return {
      orderId: shipment.orderId,
      customerId,
      kind: "OrderShipped",
      notifiedAt: this.now().toISOString(),
      trackingNumber: shipment.trackingNumber,
    };
  }
}
