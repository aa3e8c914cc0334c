using System.Linq;
using Contracts.Generator.Emitting;
using Xunit;
using static Contracts.Generator.Tests.Evolution.EvolutionSources;

namespace Contracts.Generator.Tests.Evolution;

/// <summary>
/// A locked message with an error in it right now (half-typed, or a CTR error of its own) is not "removed": the gate
/// cannot tell what it will be, so it reports no removal for it and never rewrites the lock without it.
/// </summary>
public sealed class UnsettledMessageTests
{
    [Theory]
    [InlineData("string CustomerId", "Strin CustomerId", "a member type being typed")]
    [InlineData("string CustomerId, ", "string CustomerId, int , ", "a parameter without a name yet")]
    [InlineData("[Message(\"orders.order-placed\")]", "[Message()]", "an attribute without its name yet")]
    [InlineData("[Message(\"orders.order-placed\")]", "[Message(\"orders.order-placed\", Version = )]", "an attribute without its version yet")]
    public void A_locked_message_being_edited_is_not_reported_as_removed(string find, string replace, string what)
    {
        var lockText = LockHarness.Lock(null, Published(V1));

        var result = LockHarness.Run(lockText, null, Published(V1.Replace(find, replace)));

        Assert.True(result.Diagnostics.Count == 0, what + ": " + string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void A_locked_message_with_an_error_of_its_own_reports_only_that_error()
    {
        var lockText = LockHarness.Lock(null, Published(V1));

        var result = LockHarness.Run(lockText, null, Published(V1.Replace("string CustomerId", "object CustomerId")));

        Assert.Equal(new[] { "CTR0002" }, result.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void The_lock_is_not_rewritten_while_a_message_has_an_error()
    {
        var lockText = LockHarness.Lock(null, Published(V1));
        var withAnotherMessage = Published(V1.Replace("string CustomerId", "Strin CustomerId") + """

            [Message("orders.other")]
            public partial record Other(Guid Id);
            """).Replace("[Publishes<OrderPlaced>]", "[Publishes<OrderPlaced>, Publishes<Other>]");

        var result = LockHarness.Run(lockText, LockHarness.Update, withAnotherMessage);

        Assert.DoesNotContain(LockEmitter.HintName, result.Files.Keys);
    }
}
