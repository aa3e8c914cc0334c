using static Contracts.Tool.Tests.Manifests;

namespace Contracts.Tool.Tests;

/// <summary><c>contracts fleet</c>: every consumer against every producer, over the Shop sample and over a break.</summary>
public sealed class FleetTests
{
    [Fact]
    public void The_shop_sample_with_the_node_services_asyncapi_document_is_a_clean_fleet()
    {
        var run = ToolRun.In(RepositoryRoot.Path, "fleet", "samples/Shop/*/contracts.lock.json", "samples/Shop/Notifications/asyncapi.yaml");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("contracts fleet: 0 errors, 0 warnings, 0 infos in 4 files", run.Lines[^1]);
    }

    [Fact]
    public void A_break_in_the_node_services_document_names_it_and_the_dotnet_consumer()
    {
        using var work = new Workspace();
        foreach (var service in new[] { "Orders", "Billing", "Shipping" })
        {
            work.Write($"{service}/contracts.lock.json", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "samples/Shop", service, "contracts.lock.json")));
        }

        // The Node service stops promising customerId, which Orders' view of customer-notified requires.
        var document = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "samples/Shop/Notifications/asyncapi.yaml")).ReplaceLineEndings("\n");
        var promised = "          - customerId\n          - kind\n";
        Assert.Contains(promised, document);
        work.Write("Notifications/asyncapi.yaml", document.Replace(promised, "          - kind\n"));

        var run = work.Tool("fleet", "*/contracts.lock.json", "Notifications/asyncapi.yaml");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Lines, line => line.StartsWith("Orders/contracts.lock.json:", StringComparison.Ordinal)
            && line.Contains("error CTR0110: orders reads 'notifications.customer-notified' version 1 but cannot read what service 'notifications' sends (Notifications/asyncapi.yaml): OPTIONAL_MADE_REQUIRED", StringComparison.Ordinal));
        Assert.Contains(run.Lines, line => line.StartsWith("Notifications/asyncapi.yaml", StringComparison.Ordinal) && line.Contains("error CTR0111", StringComparison.Ordinal));
    }

    [Fact]
    public void An_injected_break_names_both_services_on_both_files()
    {
        using var work = new Workspace();
        foreach (var service in new[] { "Orders", "Billing", "Shipping" })
        {
            var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "samples/Shop", service, "contracts.lock.json"));
            work.Write($"{service}/contracts.lock.json", text);
        }

        // The Node service publishes what Orders consumes from it: without its document Orders' view has no producer.
        work.Write("Notifications/asyncapi.yaml", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "samples/Shop/Notifications/asyncapi.yaml")));

        // Billing's view now requires a member Orders never sends.
        var billing = Path.Combine(work.Root, "Billing/contracts.lock.json");
        File.WriteAllText(billing, File.ReadAllText(billing).Replace(
            "{ \"wireName\": \"orderId\", \"type\": \"guid\", \"required\": true },\n        { \"wireName\": \"total\"",
            "{ \"wireName\": \"invoiceNumber\", \"type\": \"string\", \"required\": true },\n        { \"wireName\": \"orderId\", \"type\": \"guid\", \"required\": true },\n        { \"wireName\": \"total\""));

        var run = work.Tool("fleet", "*/contracts.lock.json", "Notifications/asyncapi.yaml");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            new[]
            {
                "Billing/contracts.lock.json:47:9: error CTR0110: billing reads 'orders.order-placed' version 1 but cannot read what service 'orders' sends (Orders/contracts.lock.json): REQUIRED_FIELD_ADDED: orders.order-placed v1 as billing reads it requires 'invoiceNumber' (string), which orders.order-placed v1 as orders sends it does not send; make it optional (nullable or with a default) (at $.invoiceNumber). Fix: make this view read what 'orders' sends (make optional or drop a member 'orders' does not always send, add the enum members it may send), or agree the change with 'orders' first",
                "Orders/contracts.lock.json:60:7: error CTR0111: 'orders.order-placed' version 1 as orders sends it cannot be read by service 'billing' (Billing/contracts.lock.json): FIELD_REMOVED: orders.order-placed v1 as orders sends it no longer sends 'invoiceNumber' (string), which orders.order-placed v1 as billing reads it requires (at $.invoiceNumber). Fix: keep sending what 'billing' reads, or ship the change as version 2 and keep sending version 1 until 'billing' has moved",
                "contracts fleet: 2 errors, 0 warnings, 0 infos in 4 files",
            },
            run.Lines);
    }
}
