using static Contracts.Tool.Tests.Manifests;

namespace Contracts.Tool.Tests;

/// <summary><c>check --fleet-complete</c>: the files checked together are the fleet, so a producer's change is judged by their consumers.</summary>
public sealed class FleetCompleteCheckTests
{
    [Fact]
    public void A_member_no_checked_consumer_reads_may_go_only_when_the_fleet_is_declared_complete()
    {
        using var repo = Workspace.Git();
        repo.Write("orders/contracts.lock.json", Orders(Customer, OrderId, Total));
        repo.Write("billing/contracts.lock.json", Billing(OrderId, Total));
        repo.Commit("main");
        repo.Write("orders/contracts.lock.json", Orders(OrderId, Total));

        var byMode = repo.Tool("check", "*/contracts.lock.json", "--against", "HEAD");
        var byConsumers = repo.Tool("check", "*/contracts.lock.json", "--against", "HEAD", "--fleet-complete");

        Assert.Equal(1, byMode.ExitCode);
        Assert.StartsWith("orders/contracts.lock.json:6:7: error CTR0100: FIELD_REMOVED: ", byMode.Lines[0]);
        Assert.Equal(0, byConsumers.ExitCode);
        Assert.StartsWith("orders/contracts.lock.json:6:7: info CTR0104: ", byConsumers.Lines[0]);
        Assert.Contains("consulted: 'billing' (billing/contracts.lock.json)", byConsumers.Lines[0]);
    }
}
