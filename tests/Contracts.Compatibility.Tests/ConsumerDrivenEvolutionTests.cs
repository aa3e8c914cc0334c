using Contracts.Schema.Gates;
using Contracts.Schema.Manifest;

namespace Contracts.Compatibility.Tests;

/// <summary>The decision itself, without a build: what a complete fleet may waive, and what it never does.</summary>
public sealed class ConsumerDrivenEvolutionTests
{
    private const string Locked = """
        {
          "format": 1,
          "service": "orders",
          "messages": [
            {
              "name": "orders.order-placed",
              "version": 1,
              "role": "ROLE",
              "compatibility": "MODE",
              "members": [
                { "wireName": "customerId", "type": "string", "required": true },
                { "wireName": "orderId", "type": "guid", "required": true }
              ],
              "objects": [],
              "enums": []
            }
          ]
        }
        """;

    [Fact]
    public void A_forward_break_no_consumer_reads_is_waived_and_the_consumers_are_named()
    {
        var result = Check("publishes", "Forward", Billing("orderId"));

        var finding = Assert.Single(result.Findings);
        Assert.Equal("CTR0104", finding.Id);
        Assert.Contains("consulted: 'billing' (billing/contracts.lock.json)", finding.Message);
    }

    [Fact]
    public void The_backward_half_of_a_mode_is_never_waived()
    {
        // Both: the project also reads its own old messages, which still hold customerId... and now require a new member.
        var result = Check("both", "Full", Billing("orderId"), current: """{ "wireName": "orderId", "type": "guid", "required": true }, { "wireName": "total", "type": "decimal", "required": true }""");

        Assert.Contains(result.Findings, f => f.Id == "CTR0100" && f.Message.StartsWith("REQUIRED_FIELD_ADDED", StringComparison.Ordinal));
        Assert.Null(result.NewLockText);
    }

    [Fact]
    public void A_fleet_with_an_unreadable_manifest_leaves_the_decision_to_the_mode()
    {
        var broken = ManifestFile.Read("/repo/billing/contracts.lock.json", "{ not json");

        var result = Check("publishes", "Forward", broken);

        Assert.Equal("CTR0100", Assert.Single(result.Findings).Id);
    }

    private static EvolutionResult Check(string role, string mode, ManifestFile consumer, string current = """{ "wireName": "orderId", "type": "guid", "required": true }""")
    {
        var lockText = Locked.Replace("ROLE", role).Replace("MODE", mode);
        var now = ManifestReader.Read("new.json", lockText.Replace(
            """
                    { "wireName": "customerId", "type": "string", "required": true },
                    { "wireName": "orderId", "type": "guid", "required": true }
            """,
            "        " + current + "\n")).Manifest!;
        var project = new ProjectContracts(now.Service, now.Messages);
        return EvolutionGate.Check(project, new LockSettings(false, true, false), new LockText("contracts.lock.json", lockText), new[] { consumer });
    }

    private static ManifestFile Billing(params string[] members)
    {
        var lines = string.Join(",\n", members.Select(m => $$"""        { "wireName": "{{m}}", "type": "{{(m == "orderId" ? "guid" : "string")}}", "required": true }"""));
        var text = Locked.Replace("\"orders\"", "\"billing\"").Replace("ROLE", "consumes").Replace("MODE", "Backward").Replace(
            """
                    { "wireName": "customerId", "type": "string", "required": true },
                    { "wireName": "orderId", "type": "guid", "required": true }
            """,
            lines + "\n");
        return ManifestFile.Read("/repo/billing/contracts.lock.json", text);
    }
}
