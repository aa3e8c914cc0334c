using static Contracts.Tool.Tests.Manifests;

namespace Contracts.Tool.Tests;

/// <summary><c>record-deployment</c> and <c>can-i-deploy</c>: what runs in an environment decides, not the newest manifest.</summary>
public sealed class CanIDeployTests
{
    // Orders stops sending the customer id; billing's old view requires it, its new view does not.
    private static readonly string OrdersV1 = Orders(Customer, OrderId, Total);
    private static readonly string OrdersWithoutCustomer = Orders(OrderId, Total);
    private static readonly string BillingOld = Billing(Customer, OrderId, Total);
    private static readonly string BillingNew = Billing(OrderId, Total);

    [Fact]
    public void A_consumer_still_on_an_old_version_in_prod_fails_the_producer_for_prod_and_not_for_staging()
    {
        using var work = new Workspace();
        Record(work, "billing-old.json", BillingOld, "prod");
        Record(work, "billing-new.json", BillingNew, "staging");
        work.Write("orders.json", OrdersWithoutCustomer);

        var prod = work.Tool("can-i-deploy", "orders.json", "--to", "prod");
        var staging = work.Tool("can-i-deploy", "orders.json", "--to", "staging");

        Assert.Equal(1, prod.ExitCode);
        Assert.Equal(
            "orders.json:6:7: error CTR0111: 'orders.order-placed' version 1 as orders sends it cannot be read by service 'billing' (prod/billing.json): FIELD_REMOVED: orders.order-placed v1 as orders sends it no longer sends 'customerId' (string), which orders.order-placed v1 as billing reads it requires (at $.customerId). Fix: keep sending what 'billing' reads, or ship the change as version 2 and keep sending version 1 until 'billing' has moved",
            prod.Lines[0]);
        Assert.Equal(0, staging.ExitCode);
    }

    [Fact]
    public void The_producers_own_recorded_version_is_its_lock_and_a_complete_fleet_judges_by_its_consumers()
    {
        using var work = new Workspace();
        Record(work, "orders-v1.json", OrdersV1, "prod");
        Record(work, "billing-old.json", BillingOld, "prod");
        Record(work, "orders-v1.json", OrdersV1, "staging");
        Record(work, "billing-new.json", BillingNew, "staging");
        work.Write("orders.json", OrdersWithoutCustomer);

        // By the mode alone, dropping a required member breaks FORWARD in both environments.
        var staging = work.Tool("can-i-deploy", "orders.json", "--to", "staging");
        Assert.Equal(1, staging.ExitCode);
        Assert.StartsWith("orders.json:6:7: error CTR0100: FIELD_REMOVED: ", staging.Lines[0]);

        // Declared complete, staging's consumers decide: billing there no longer reads the customer id.
        var judged = work.Tool("can-i-deploy", "orders.json", "--to", "staging", "--fleet-complete");
        Assert.Equal(0, judged.ExitCode);
        Assert.Equal(
            "orders.json:6:7: info CTR0104: 'orders.order-placed' version 1: Forward compatibility with contracts.lock.json rejects this change (FIELD_REMOVED at $.customerId), but the fleet is declared complete and every consumer in it reads what is sent now; consulted: 'billing' (staging/billing.json). Accepted: update the lock as for any compatible change. A consumer outside the declared fleet is not protected",
            judged.Lines[0]);

        var prod = work.Tool("can-i-deploy", "orders.json", "--to", "prod", "--fleet-complete");
        Assert.Equal(1, prod.ExitCode);
        Assert.Contains(
            "error CTR0105: FIELD_REMOVED: orders.order-placed v1 as orders sends it no longer sends 'customerId' (string), which orders.order-placed v1 as billing reads it requires (at $.customerId). Message 'orders.order-placed' version 1 is judged by its known consumers because the fleet is declared complete (consulted: 'billing' (prod/billing.json)), and service 'billing' (prod/billing.json) cannot read what is sent now.",
            prod.Output);
    }

    [Fact]
    public void A_record_is_a_committable_file_holding_the_manifest()
    {
        using var work = new Workspace();
        work.Write("billing.json", BillingOld);

        var run = work.Tool("record-deployment", "billing.json", "--environment", "prod", "--release", "1.4.2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("recorded billing in prod: deployments/prod/billing.json", run.Lines.Single());
        using var record = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(work.Root, "deployments/prod/billing.json")));
        var root = record.RootElement;
        Assert.Equal("billing", root.GetProperty("service").GetString());
        Assert.Equal("prod", root.GetProperty("environment").GetString());
        Assert.Equal("billing.json", root.GetProperty("source").GetString());
        Assert.Equal("1.4.2", root.GetProperty("release").GetString());
        Assert.True(DateTimeOffset.TryParse(root.GetProperty("recordedAt").GetString(), out _));
        Assert.Equal("orders.order-placed", root.GetProperty("manifest").GetProperty("messages")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void An_unknown_environment_exits_2_and_names_the_ones_recorded()
    {
        using var work = new Workspace();
        Record(work, "billing.json", BillingOld, "prod");
        work.Write("orders.json", OrdersV1);

        var run = work.Tool("can-i-deploy", "orders.json", "--to", "production");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "contracts: unknown environment 'production': nothing is recorded in deployments/production (recorded: prod); record a deployment first with 'contracts record-deployment <manifest> --environment production'",
            run.Error.Trim());
    }

    [Fact]
    public void A_damaged_record_exits_2_with_its_file_and_line()
    {
        using var work = new Workspace();
        Record(work, "billing.json", BillingOld, "prod");
        var record = Path.Combine(work.Root, "deployments/prod/billing.json");
        var damaged = File.ReadAllText(record).Replace("\"type\": \"guid\"", "\"type\": 12");
        File.WriteAllText(record, damaged);
        work.Write("orders.json", OrdersV1);
        var lines = damaged.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("\"type\": 12", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf("12", StringComparison.Ordinal) + 1;

        var run = work.Tool("can-i-deploy", "orders.json", "--to", "prod");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"deployments/prod/billing.json:{line}:{column}: error CTR0115: deployments/prod/billing.json({line},{column}): ", run.Lines[0]);
    }

    private static void Record(Workspace work, string file, string manifest, string environment)
    {
        work.Write(file, manifest);
        Assert.Equal(0, work.Tool("record-deployment", file, "--environment", environment).ExitCode);
    }
}
