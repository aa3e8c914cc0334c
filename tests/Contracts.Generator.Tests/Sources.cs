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

/// <summary>Contracts that together use every supported wire type, for snapshots and round trips.</summary>
internal static class AllTypesSources
{
    public const string Code = """
        using System;
        using System.Collections.Generic;
        using Contracts;

        namespace Samples.Catalog;

        public enum Colour { Red, Green, [WireName("deep-blue")] Blue }

        [Message("catalog.everything", Version = 2)]
        public partial record Everything(
            bool Flag, byte U8, sbyte I8, short I16, ushort U16, int I32, uint U32, long I64, ulong U64,
            float F32, double F64, decimal Money, string Text, Guid Id, DateTimeOffset At, DateOnly Day, TimeOnly Time,
            TimeSpan Duration, Colour Colour, Dimensions Size, int[] Numbers, IReadOnlyList<Dimensions> Parts,
            IReadOnlyDictionary<string, decimal> Prices,
            int? MaybeNumber, string? MaybeText, Colour? MaybeColour, Dimensions? MaybeSize,
            IReadOnlyList<string?>? Notes, IReadOnlyDictionary<string, IReadOnlyList<Colour>>? Palette,
            [property: WireName("sku_code")] string Sku = "none", int Priority = 3)
        {
            public DateOnly? ShipBy { get; init; }

            public required string Owner { get; init; }

            public int Retries { get; init; } = 5;
        }

        public partial record struct Dimensions(double Width, double Height);
        """;
}
