using System.Collections.Generic;

namespace Contracts.Generator.Tests.Diagnostics;

/// <summary>Contracts a user may legitimately write: each must raise no diagnostic and generate warning-free code.</summary>
internal static class ValidContracts
{
    public const string Primitives = """
        using System;
        using Contracts;
        namespace Valid.Primitives;

        [Message("valid.primitives")]
        public partial record Primitives(
            bool Flag, byte U8, sbyte I8, short I16, ushort U16, int I32, uint U32, long I64, ulong U64,
            float F32, double F64, decimal Money, string Text, Guid Id, DateTimeOffset At, DateOnly Day,
            TimeOnly Time, TimeSpan Duration);
        """;

    public const string Nullables = """
        using System;
        using System.Collections.Generic;
        using Contracts;
        namespace Valid.Nullables;

        public enum Level { Low, High }

        [Message("valid.nullables")]
        public partial record Nullables(
            bool? Flag, int? Count, long? Big, double? Ratio, decimal? Money, string? Text, Guid? Id, DateTimeOffset? At,
            DateOnly? Day, TimeOnly? Time, TimeSpan? Duration, Level? Level, Part? Part, Point? Point,
            int[]? Numbers, IReadOnlyList<string?>? Notes, IReadOnlyDictionary<string, int?>? Counts);

        public partial record Part(string Name);

        public partial record struct Point(double X, double Y);
        """;

    public const string Collections = """
        using System.Collections.Generic;
        using Contracts;
        namespace Valid.Collections;

        public enum Colour { Red, Green, [WireName("deep-blue")] Blue }

        [Message("valid.collections")]
        public partial record Collections(
            int[] Numbers, string[] Words, IReadOnlyList<Line> Lines, IReadOnlyList<Colour> Colours,
            IReadOnlyDictionary<string, decimal> Prices, IReadOnlyDictionary<string, IReadOnlyList<Line>> Groups,
            IReadOnlyList<IReadOnlyList<int>> Grid, Line[] MoreLines);

        public partial record Line(string Sku, int Quantity);
        """;

    public const string NestedRecords = """
        using System.Collections.Generic;
        using Contracts;
        namespace Valid.Nested;

        [Message("valid.nested")]
        public partial record Order(string Id, Customer Customer, IReadOnlyList<Line> Lines, Line? Gift);

        public partial record Customer(string Name, Address Billing, Address? Shipping);

        public partial record Address(string Street, string City);

        public partial record Line(string Sku, Money Price);

        public readonly partial record struct Money(decimal Amount, string Currency);
        """;

    public const string Properties = """
        using System;
        using Contracts;
        namespace Valid.Properties;

        [Message("valid.properties")]
        public partial record Properties
        {
            public required string Name { get; init; }

            public int Retries { get; init; } = 3;

            public string? Comment { get; init; }

            [WireName("created_at")]
            public DateTimeOffset CreatedAt { get; set; }
        }
        """;

    public const string DefaultsAndWireNames = """
        using Contracts;
        namespace Valid.Defaults;

        public enum Priority { Low, Normal, High }

        [Message("valid.defaults", Version = 3)]
        public partial record Defaults(
            [WireName("sku_code")] string Sku,
            int Quantity = 1, string Note = "none", bool Gift = false, double Ratio = 0.5, decimal Discount = 2.5m,
            Priority Priority = Priority.Normal, string? Coupon = null, long? Limit = null)
        {
            public DefaultsCounters Counters { get; init; } = new(0, 0);
        }

        public partial record DefaultsCounters(int Seen, int Sent);
        """;

    public const string RecordStructMessage = """
        using System;
        using Contracts;
        namespace Valid.Structs;

        [Message("valid.temperature-measured")]
        public partial record struct TemperatureMeasured(string Sensor, double Celsius, DateTimeOffset At);

        [Message("valid.ticked")]
        public readonly partial record struct Ticked(long Tick);
        """;

    public const string NestedInPartialClass = """
        using Contracts;
        namespace Valid.Containers;

        public static partial class Orders
        {
            public partial class V2
            {
                [Message("orders.order-cancelled", Version = 2)]
                public partial record OrderCancelled(string OrderId, Reason Why);

                public partial record Reason(string Code, string? Text);
            }
        }
        """;

    public const string GlobalNamespace = """
        using Contracts;

        [Message("valid.global-namespace")]
        public partial record GlobalMessage(string Text, GlobalPart Part);

        public partial record GlobalPart(int Number);
        """;

    public const string TwoVersions = """
        using System;
        using Contracts;
        namespace Valid.Versions;

        [Message("orders.order-placed", Version = 1)]
        public partial record OrderPlacedV1(Guid OrderId, decimal Total);

        [Message("orders.order-placed", Version = 2)]
        public partial record OrderPlacedV2(Guid OrderId, decimal Total, string Currency);
        """;

    public const string PublishersAndConsumers = """
        using System.Threading;
        using System.Threading.Tasks;
        using Contracts;
        namespace Valid.Service;

        [Message("valid.ping")]
        public partial record Ping(int Count);

        [Message("valid.pong")]
        public partial record Pong(int Count);

        [Publishes<Ping>]
        [Publishes<Pong>]
        public partial class Publisher;

        public sealed class Both : IConsumer<Ping>, IConsumer<Pong>
        {
            public ValueTask ConsumeAsync(Ping message, MessageContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

            public ValueTask ConsumeAsync(Pong message, MessageContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        }

        public sealed record PingRecordConsumer : IConsumer<Ping>
        {
            public ValueTask ConsumeAsync(Ping message, MessageContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        }
        """;

    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>
    {
        [nameof(Primitives)] = Primitives,
        [nameof(Nullables)] = Nullables,
        [nameof(Collections)] = Collections,
        [nameof(NestedRecords)] = NestedRecords,
        [nameof(Properties)] = Properties,
        [nameof(DefaultsAndWireNames)] = DefaultsAndWireNames,
        [nameof(RecordStructMessage)] = RecordStructMessage,
        [nameof(NestedInPartialClass)] = NestedInPartialClass,
        [nameof(GlobalNamespace)] = GlobalNamespace,
        [nameof(TwoVersions)] = TwoVersions,
        [nameof(PublishersAndConsumers)] = PublishersAndConsumers,
    };
}
