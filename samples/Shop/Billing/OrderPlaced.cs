using Contracts;

namespace Shop.Billing;

/// <summary>
/// Billing's own view of Orders' <c>orders.order-placed</c>: only what charging a card needs. The consumer-owned style
/// (as in eShop, where each service keeps its copy of an integration event): the wire name and version tie it to
/// Orders' record, and members Orders sends but Billing does not declare (lines, placed at, coupon) are skipped.
/// </summary>
[Message("orders.order-placed", Version = 1)]
public partial record OrderPlaced(Guid OrderId, string CustomerId, decimal Total);
