using System.Threading.Tasks;
using Contracts.CodeFixes.Evolution;
using Contracts.CodeFixes.Tests.Infrastructure;
using Contracts.Generator.Tests.Evolution;
using Xunit;

namespace Contracts.CodeFixes.Tests.Evolution;

/// <summary>A breaking change to a published message becomes the next version beside the locked one (CTR0100).</summary>
public sealed class ShipAsNewVersionCodeFixTests
{
    private const string V1 = """
        using Contracts;

        [Message("orders.order-placed")]
        public partial record OrderPlaced(Guid OrderId, string CustomerId, decimal Total, string? Coupon = null);

        [Publishes<OrderPlaced>]
        public partial class OrdersPublisher;
        """;

    [Fact]
    public async Task RemovedMemberShipsAsVersion2AndVersion1IsKeptAsLocked()
    {
        var test = new FixTest<ShipAsNewVersionCodeFix>
        {
            TestCode = """
                using Contracts;

                [Message("orders.order-placed")]
                public partial record {|CTR0100:OrderPlaced|}(Guid OrderId, decimal Total, string? Coupon = null);

                [Publishes<OrderPlaced>]
                public partial class OrdersPublisher;
                """,
            FixedCode = """
                using Contracts;

                [Message("orders.order-placed")]
                public partial record OrderPlaced(Guid OrderId, decimal Total, string CustomerId, string? Coupon = default);

                [Message("orders.order-placed", Version = 2)]
                public partial record OrderPlacedV2(Guid OrderId, decimal Total, string? Coupon = null);

                [Publishes<OrderPlaced>]
                [Publishes<OrderPlacedV2>]
                public partial class OrdersPublisher;
                """,
        }.WithLock(LockHarness.Lock(null, "using System;\n" + V1));
        // Version 2 is new to the lock: the one thing left is to record it (CTR0101, whose fix updates the lock).
        test.FixedState.ExpectedDiagnostics.Add(Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerWarning("CTR0101").WithSpan(7, 23, 7, 36));
        await test.RunAsync();
    }

    // The locked version refers to the nested record and the enum by their names; a changed type goes back.
    [Fact]
    public async Task ChangedTypeGoesBackInTheLockedVersionWithItsNestedTypes()
    {
        const string Types = """

            public partial record Line(string Sku, int Quantity);

            public enum Status { Placed, Paid }

            [Publishes<OrderPlaced>]
            public partial class OrdersPublisher;
            """;
        const string Locked = """
            using System;
            using System.Collections.Generic;
            using Contracts;

            [Message("orders.order-placed", Version = 3)]
            public partial record OrderPlaced(Guid OrderId, IReadOnlyList<Line> Lines, Status Status, int Attempt);
            """;
        var test = new FixTest<ShipAsNewVersionCodeFix>
        {
            TestCode = """
                using Contracts;

                [Message("orders.order-placed", Version = 3)]
                public partial record OrderPlaced(Guid OrderId, IReadOnlyList<Line> Lines, Status Status, string {|CTR0100:Attempt|});
                """ + Types,
            FixedCode = """
                using Contracts;

                [Message("orders.order-placed", Version = 3)]
                public partial record OrderPlaced(Guid OrderId, IReadOnlyList<Line> Lines, Status Status, int Attempt);

                [Message("orders.order-placed", Version = 4)]
                public partial record OrderPlacedV4(Guid OrderId, IReadOnlyList<Line> Lines, Status Status, string Attempt);
                """ + Types.Replace("[Publishes<OrderPlaced>]", "[Publishes<OrderPlaced>]\n[Publishes<OrderPlacedV4>]"),
        }.WithLock(LockHarness.Lock(null, Locked + Types));
        test.FixedState.ExpectedDiagnostics.Add(Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerWarning("CTR0101").WithSpan(7, 23, 7, 36));
        await test.RunAsync();
    }
}
