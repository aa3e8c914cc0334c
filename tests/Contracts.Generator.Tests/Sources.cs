namespace Contracts.Generator.Tests;

/// <summary>Contract sources shared by several tests.</summary>
internal static class Sources
{
    /// <summary>The example of design.md, as a new user would type it.</summary>
    public const string DesignExample = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Contracts;

        namespace Shop.Orders;

        [Message("orders.order-placed", Version = 1)]
        public partial record OrderPlaced(
            Guid OrderId, string CustomerId, IReadOnlyList<OrderLine> Lines, decimal Total,
            DateTimeOffset PlacedAt, string? CouponCode = null);

        public partial record OrderLine(string Sku, int Quantity, decimal UnitPrice);

        [Publishes<OrderPlaced>]
        public partial class OrdersPublisher;

        public sealed class ReserveStock : IConsumer<OrderPlaced>
        {
            public ValueTask ConsumeAsync(OrderPlaced message, MessageContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        }
        """;
}
