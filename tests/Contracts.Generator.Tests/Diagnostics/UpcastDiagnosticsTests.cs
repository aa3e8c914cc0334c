using Xunit;

namespace Contracts.Generator.Tests.Diagnostics;

/// <summary><c>IUpcast&lt;TOld, TNew&gt;</c> implementations and <c>[Message(Aliases = ...)]</c>.</summary>
public sealed class UpcastDiagnosticsTests
{
    private const string Header = """
        using Contracts;
        namespace Billing;

        [Message("payments.received", Version = 1)]
        public partial record PaymentV1(string OrderId, decimal Amount);

        [Message("payments.received", Version = 2)]
        public partial record PaymentV2(string OrderId, decimal Amount, string Currency);

        """;

    [Fact]
    public void CTR0021_UpcastSourceNotMessage() => DiagnosticAssert.Error(
        "CTR0021",
        "Upcaster 'LegacyToV2' converts 'LegacyPayment', which is not a message; both type arguments of IUpcast<TOld, TNew> must be [Message] types",
        Header + """
        public sealed record LegacyPayment(string OrderId);

        public sealed class LegacyToV2 : IUpcast<[|LegacyPayment|], PaymentV2>
        {
            public PaymentV2 Upcast(LegacyPayment message) => new(message.OrderId, 0m, "EUR");
        }
        """);

    [Fact]
    public void CTR0021_UpcastTargetNotMessage() => DiagnosticAssert.Error(
        "CTR0021",
        "Upcaster 'ToRow' converts 'PaymentRow', which is not a message; both type arguments of IUpcast<TOld, TNew> must be [Message] types",
        Header + """
        public sealed record PaymentRow(string OrderId);

        public sealed class ToRow : IUpcast<PaymentV1, [|PaymentRow|]>
        {
            public PaymentRow Upcast(PaymentV1 message) => new(message.OrderId);
        }
        """);

    [Fact]
    public void CTR0022_UpcastersThatConvertBackCloseALoop() => DiagnosticAssert.Error(
        "CTR0022",
        "Upcaster 'PaymentV2ToV1' closes a loop (payments.received v1 -> payments.received v2 -> payments.received v1); upcasters convert older messages into newer ones, so a chain must end: remove the upcaster that converts back",
        Header + """
        public sealed class PaymentV1ToV2 : IUpcast<PaymentV1, PaymentV2>
        {
            public PaymentV2 Upcast(PaymentV1 message) => new(message.OrderId, message.Amount, "EUR");
        }

        public sealed class PaymentV2ToV1 : [|IUpcast<PaymentV2, PaymentV1>|]
        {
            public PaymentV1 Upcast(PaymentV2 message) => new(message.OrderId, message.Amount);
        }
        """);

    [Fact]
    public void CTR0022_AnUpcasterIntoItsOwnSourceIsALoop() => DiagnosticAssert.Error(
        "CTR0022",
        "Upcaster 'Same' closes a loop (payments.received v1 -> payments.received v1); upcasters convert older messages into newer ones, so a chain must end: remove the upcaster that converts back",
        Header + """
        public sealed class Same : [|IUpcast<PaymentV1, PaymentV1>|]
        {
            public PaymentV1 Upcast(PaymentV1 message) => message;
        }
        """);

    [Fact]
    public void CTR0004_AnAliasFollowsTheMessageNameRule() => DiagnosticAssert.Error(
        "CTR0004",
        "Message name 'Orders.Placed' is invalid: use lower-case letters, digits and the separators '.', '-' or '_' (for example 'orders.order-placed'), starting with a letter, at most 200 characters",
        """
        using Contracts;
        namespace Orders;

        [Message("orders.placed", [|Aliases = new[] { "Orders.Placed" }|])]
        public partial record OrderPlaced(string OrderId);
        """);

    [Fact]
    public void AChainThatEndsIsNotALoop()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Compile(Header + """
            [Message("payments.received", Version = 3)]
            public partial record PaymentV3(string OrderId, long Cents, string Currency);

            public sealed class PaymentV1ToV2 : IUpcast<PaymentV1, PaymentV2>
            {
                public PaymentV2 Upcast(PaymentV1 message) => new(message.OrderId, message.Amount, "EUR");
            }

            public sealed class PaymentV2ToV3 : IUpcast<PaymentV2, PaymentV3>
            {
                public PaymentV3 Upcast(PaymentV2 message) => new(message.OrderId, (long)(message.Amount * 100), message.Currency);
            }

            public sealed class PaymentV1ToV3 : IUpcast<PaymentV1, PaymentV3>
            {
                public PaymentV3 Upcast(PaymentV1 message) => new(message.OrderId, (long)(message.Amount * 100), "EUR");
            }
            """));

        Assert.Empty(result.Diagnostics);
        DiagnosticAssert.NoFollowOnErrors(result);
    }
}
