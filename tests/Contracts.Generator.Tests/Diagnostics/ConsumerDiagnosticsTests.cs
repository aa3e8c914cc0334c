using Xunit;

namespace Contracts.Generator.Tests.Diagnostics;

/// <summary><c>IConsumer&lt;T&gt;</c> implementations.</summary>
public sealed class ConsumerDiagnosticsTests
{
    [Fact]
    public void CTR0006_ConsumedTypeNotMessage() => DiagnosticAssert.Error(
        "CTR0006",
        "'PingHandler' consumes 'Ping', which is not a message; mark 'Ping' with [Message(\"name\")] or consume a message type",
        """
        using System.Threading;
        using System.Threading.Tasks;
        using Contracts;
        namespace Shop;

        public sealed record Ping(int Count);

        public sealed class PingHandler : IConsumer<[|Ping|]>
        {
            public ValueTask ConsumeAsync(Ping message, MessageContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        }
        """);
}
