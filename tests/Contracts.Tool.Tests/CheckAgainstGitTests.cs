using static Contracts.Tool.Tests.Manifests;

namespace Contracts.Tool.Tests;

/// <summary><c>contracts check --against</c> on real temporary git repositories: the earlier version is read from git's objects.</summary>
public sealed class CheckAgainstGitTests
{
    private const string Lock = "services/orders/contracts.lock.json";

    [Fact]
    public void A_compatible_change_exits_0()
    {
        using var repo = Workspace.Git();
        repo.Write(Lock, Orders(Customer, OrderId, Total));
        repo.Commit("orders v1");
        repo.Write(Lock, Orders(Customer, OrderId, Total, Coupon));
        repo.Commit("orders sends a coupon code");

        var run = repo.Tool("check", Lock, "--against", "HEAD~1");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("contracts check: 0 errors, 0 warnings, 0 infos in 1 file", run.Lines.Single());
    }

    [Fact]
    public void A_break_exits_1_with_the_rule_at_the_line_of_the_member()
    {
        using var repo = Workspace.Git();
        repo.Write(Lock, Orders(Customer, OrderId, Total));
        repo.Commit("orders v1");
        repo.Write(Lock, Orders(OrderId, Total).Replace("\"type\": \"decimal\"", "\"type\": \"string\""));

        var run = repo.Tool("check", Lock, "--against", "HEAD");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            $"{Lock}:6:7: error CTR0100: FIELD_REMOVED: orders.order-placed v1 in this build no longer sends 'customerId' (string), which orders.order-placed v1 in contracts.lock.json requires (at $.customerId). Message 'orders.order-placed' version 1 must stay Forward compatible with contracts.lock.json. Fix: revert the change, or ship it as a new version: copy the record, give the copy [Message(\"orders.order-placed\", Version = 2)] and keep the old record for the consumers still running",
            run.Lines[0]);
        Assert.StartsWith($"{Lock}:12:9: error CTR0100: TYPE_CHANGED: orders.order-placed v1 in this build sends values at $.total as string", run.Lines[1]);
        Assert.Equal("contracts check: 2 errors, 0 warnings, 0 infos in 1 file", run.Lines[^1]);
    }

    [Fact]
    public void A_lock_regenerated_over_a_break_is_caught()
    {
        using var repo = Workspace.Git();
        repo.Write(Lock, Orders(Customer, OrderId, Total));
        repo.Commit("orders v1");
        File.Delete(Path.Combine(repo.Root, Lock));
        repo.Commit("delete the lock");
        repo.Write(Lock, Orders(OrderId, Total));
        repo.Commit("lock written again by dotnet build -p:UpdateContractsLock=true, without customerId");

        Assert.Equal(0, repo.Tool("check", Lock, "--against", "HEAD~1").ExitCode); // absent there: new, nothing to compare
        var run = repo.Tool("check", Lock, "--against", "HEAD~2");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("CTR0100: FIELD_REMOVED: orders.order-placed v1 in this build no longer sends 'customerId' (string)", run.Output);
    }

    [Fact]
    public void A_removed_message_is_reported_on_the_messages_of_the_new_file()
    {
        using var repo = Workspace.Git();
        repo.Write(Lock, Orders(Customer, OrderId, Total));
        repo.Commit("orders v1");
        repo.Write(Lock, Of("orders"));

        var run = repo.Tool("check", Lock, "--against", "HEAD");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{Lock}:4:3: error CTR0100: MESSAGE_REMOVED: ", run.Lines[0]);
    }

    [Fact]
    public void A_folder_or_a_file_is_an_earlier_version_too()
    {
        using var work = new Workspace();
        work.Write("main/" + Lock, Orders(Customer, OrderId, Total));
        work.Write("old.json", Orders(Customer, OrderId, Total));
        work.Write(Lock, Orders(OrderId, Total));

        Assert.Equal(1, work.Tool("check", Lock, "--against", "main").ExitCode);
        Assert.Equal(1, work.Tool("check", Lock, "--against", "old.json").ExitCode);
        Assert.Equal(0, work.Tool("check", "main/" + Lock, "--against", "main").ExitCode);
    }

    [Fact]
    public void A_glob_checks_every_file_it_matches()
    {
        using var repo = Workspace.Git();
        repo.Write(Lock, Orders(Customer, OrderId, Total));
        repo.Write("services/billing/contracts.lock.json", Billing(OrderId));
        repo.Commit("two services");

        var run = repo.Tool("check", "services/*/contracts.lock.json", "--against", "HEAD");

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("in 2 files", run.Lines[^1]);
    }
}
