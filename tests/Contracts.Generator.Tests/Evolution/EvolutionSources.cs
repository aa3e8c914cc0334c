namespace Contracts.Generator.Tests.Evolution;

/// <summary>One publishing service and one consuming service, in the versions the evolution tests move between.</summary>
internal static class EvolutionSources
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Contracts;

        namespace Shop.Orders;

        """;

    public const string Publisher = """

        [Publishes<OrderPlaced>]
        public partial class OrdersPublisher;
        """;

    public const string Consumer = """

        public sealed class Audit : IConsumer<OrderPlaced>
        {
            public ValueTask ConsumeAsync(OrderPlaced message, MessageContext context, CancellationToken cancellationToken) => default;
        }
        """;

    public const string V1 = """
        [Message("orders.order-placed")]
        public partial record OrderPlaced(Guid OrderId, string CustomerId, decimal Total, Status Status, string? Coupon = null);

        public enum Status { Placed, Paid }
        """;

    public static string Published(string contract) => Usings + contract + Publisher;

    public static string Consumed(string contract) => Usings + contract + Consumer;
}
