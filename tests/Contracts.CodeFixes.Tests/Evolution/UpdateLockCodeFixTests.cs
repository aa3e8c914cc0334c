using System.Threading.Tasks;
using Contracts.CodeFixes.Evolution;
using Contracts.CodeFixes.Tests.Infrastructure;
using Contracts.Generator.Tests.Evolution;
using Xunit;

namespace Contracts.CodeFixes.Tests.Evolution;

/// <summary>A compatible change leaves only the lock behind (CTR0101): the fix writes the lock the build would write.</summary>
public sealed class UpdateLockCodeFixTests
{
    private const string V1 = """
        using Contracts;

        [Message("orders.order-placed")]
        public partial record OrderPlaced(Guid OrderId, decimal Total);

        [Publishes<OrderPlaced>]
        public partial class OrdersPublisher;
        """;

    // An optional member added: compatible, so only the lock differs.
    private const string V1WithCoupon = """
        using Contracts;

        [Message("orders.order-placed")]
        public partial record OrderPlaced(Guid OrderId, decimal Total, string? Coupon = null);

        [Publishes<OrderPlaced>]
        public partial class OrdersPublisher;
        """;

    [Fact]
    public async Task LockBecomesWhatTheBuildWritesAndTheWarningGoes()
    {
        var test = new FixTest<UpdateLockCodeFix>
        {
            TestCode = V1WithCoupon.Replace("record OrderPlaced", "record {|CTR0101:OrderPlaced|}"),
            FixedCode = V1WithCoupon,
        }.WithLock(LockHarness.Lock(null, Usings + V1)).WithProperty("ContractsServiceName", "TestService");
        // The expected lock comes from the generator tests' harness, which writes locks the way the build does.
        test.FixedState.AdditionalFiles.Add((FixTest<UpdateLockCodeFix>.LockPath, LockHarness.Lock(LockHarness.Lock(null, Usings + V1), Usings + V1WithCoupon)));
        await test.RunAsync();
    }

    // Two messages behind the lock, one update: Fix All writes the lock once.
    [Fact]
    public async Task FixAllUpdatesTheLockOnceForEveryMessage()
    {
        const string Shipped = """

            [Message("orders.order-shipped")]
            public partial record OrderShipped(Guid OrderId);

            [Publishes<OrderShipped>]
            public partial class ShippingPublisher;
            """;
        var before = LockHarness.Lock(null, Usings + V1 + Shipped);
        var after = V1WithCoupon + Shipped.Replace("(Guid OrderId)", "(Guid OrderId, string? Carrier = null)");
        var test = new FixTest<UpdateLockCodeFix>
        {
            TestCode = after.Replace("record OrderPlaced", "record {|CTR0101:OrderPlaced|}").Replace("record OrderShipped", "record {|CTR0101:OrderShipped|}"),
            FixedCode = after,
            NumberOfFixAllIterations = 1,
        }.WithLock(before).WithProperty("ContractsServiceName", "TestService");
        test.FixedState.AdditionalFiles.Add((FixTest<UpdateLockCodeFix>.LockPath, LockHarness.Lock(before, Usings + after)));
        await test.RunAsync();
    }

    private const string Usings = "using System;\n";
}
