using Contracts;
using Shop.Orders.Contracts;

namespace Shop.Orders;

/// <summary>Everything Orders sends. The generator adds one typed <c>PublishAsync</c> per message, and nothing else.</summary>
[Publishes<OrderPlaced>]
[Publishes<OrderCancelled>]
public partial class OrdersPublisher;
