using System.Threading.Tasks;
using Contracts.CodeFixes.Partial;
using Contracts.CodeFixes.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Contracts.CodeFixes.Tests.Partial;

public sealed class AddPartialCodeFixTests
{
    [Fact]
    public async Task MessageBecomesPartial()
    {
        var test = new FixTest<AddPartialCodeFix>
        {
            TestCode = """
                using Contracts;

                [Message("orders.order-placed")]
                public record {|CTR0001:OrderPlaced|}(Guid OrderId);
                """,
            FixedCode = """
                using Contracts;

                [Message("orders.order-placed")]
                public partial record OrderPlaced(Guid OrderId);
                """,
        };
        await test.RunAsync();
    }
}
