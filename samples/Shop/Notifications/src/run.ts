// The running service: its transport connected, its queue bound, each delivery answered by a published notification.
import { NotificationsService } from "./service.js";
import { RabbitTransport } from "./wire/transport.js";
import type { Endpoint } from "./wire/topology.js";

export interface Running {
  readonly service: NotificationsService;
  readonly transport: RabbitTransport;
}

/** Connects, declares and starts consuming; `onLost` is called if the broker connection is lost later. */
export async function start(endpoint: Endpoint, onLost: (error: Error) => void): Promise<Running> {
  const service = new NotificationsService(endpoint.service);
  const transport = await RabbitTransport.connect(endpoint, onLost);
  await transport.consume(service.routingKeys, async (delivery) => {
    const out = service.handle(delivery);
    await transport.publish(out.routingKey, out.headers, out.body);
  });
  return { service, transport };
}
