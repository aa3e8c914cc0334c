using Xunit;

namespace Contracts.Generator.Tests.Diagnostics;

/// <summary>CTR0018: a record from another assembly can only travel if that assembly generated its contract.</summary>
public sealed class ExternalTypeTests
{
    private const string Billing = """
        using Contracts;
        namespace Billing;

        public partial record Money(decimal Amount, string Currency);

        [Message("billing.invoice-paid")]
        public partial record InvoicePaid(string InvoiceId, Money Amount);
        """;

    [Theory]
    [InlineData(ReferenceKind.Image)]
    [InlineData(ReferenceKind.Compilation)]
    public void CTR0018_MemberOfReferencedTypeWithoutContract(ReferenceKind kind) => DiagnosticAssert.Error(
        "CTR0018",
        "'Money' comes from assembly 'Billing' and has no generated contract; add the Contracts package to that project, or declare a partial record of your own",
        """
        using Billing;
        using Contracts;
        namespace Shop;

        [Message("shop.order-paid")]
        public partial record OrderPaid(string OrderId, [|Money|] Total);
        """,
        ReferencedAssembly.Build("Billing", Billing, withGenerator: false, kind));

    [Theory]
    [InlineData(ReferenceKind.Image)]
    [InlineData(ReferenceKind.Compilation)]
    public void CTR0018_ConsumedMessageWithoutContract(ReferenceKind kind) => DiagnosticAssert.Error(
        "CTR0018",
        "'InvoicePaid' comes from assembly 'Billing' and has no generated contract; add the Contracts package to that project, or declare a partial record of your own",
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Billing;
        using Contracts;
        namespace Shop;

        public sealed class CloseOrder : IConsumer<[|InvoicePaid|]>
        {
            public ValueTask ConsumeAsync(InvoicePaid message, MessageContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        }
        """,
        ReferencedAssembly.Build("Billing", Billing, withGenerator: false, kind));

    [Theory]
    [InlineData(ReferenceKind.Image)]
    [InlineData(ReferenceKind.Compilation)]
    public void ReferencedTypesWithContractsAreAccepted(ReferenceKind kind)
    {
        var billing = ReferencedAssembly.Build("Billing", Billing, withGenerator: true, kind);
        var compilation = GeneratorHarness.WithReferences(GeneratorHarness.Compile("""
            using System.Threading;
            using System.Threading.Tasks;
            using Billing;
            using Contracts;
            namespace Shop;

            [Message("shop.order-paid")]
            public partial record OrderPaid(string OrderId, Money Total);

            public sealed class CloseOrder : IConsumer<InvoicePaid>
            {
                public ValueTask ConsumeAsync(InvoicePaid message, MessageContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
            }
            """), billing);

        var result = GeneratorHarness.Run(compilation);
        Assert.Empty(result.Diagnostics);
        DiagnosticAssert.NoFollowOnErrors(result);
    }
}
