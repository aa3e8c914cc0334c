using Contracts;
using Microsoft.Extensions.DependencyInjection;
using Shop.Orders;
using Shop.Shipping;

namespace Shop;

/// <summary>
/// Checks that the scenario's numbers add up once the fleet is idle, and prints them. The last line,
/// <c>processed: N messages, failed: F</c>, is what scripts and the end-to-end test read.
/// </summary>
internal sealed record FleetReport(
    int Placed,
    IReadOnlyDictionary<OrderOutcome, int> Outcomes,
    long Processed,
    long Failed,
    IReadOnlyList<string> Problems,
    NodeReport? Node = null)
{
    public bool Succeeded => Problems.Count == 0;

    public static async Task<bool> WaitUntilIdleAsync(FleetTransport transport, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await transport.WhenIdleAsync(cancellation.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public static async Task<FleetReport> CollectAsync(int placed, bool idle, FleetTransport transport, IServiceProvider services, NodeStatus? node = null)
    {
        var outcomes = await services.GetRequiredService<IOrderStore>().OutcomesAsync(CancellationToken.None);
        var shippedByWarehouse = services.GetRequiredService<Warehouse>().ShippedCount;
        var problems = new List<string>();

        if (!idle)
        {
            problems.Add("the fleet did not go idle in time: some messages were never handled");
        }

        if (outcomes[OrderOutcome.Open] > 0)
        {
            problems.Add($"{outcomes[OrderOutcome.Open]} order(s) never reached shipped, cancelled or payment failed");
        }

        if (outcomes.Values.Sum() != placed)
        {
            problems.Add($"Orders knows {outcomes.Values.Sum()} order(s) but {placed} were placed");
        }

        if (shippedByWarehouse != outcomes[OrderOutcome.Shipped])
        {
            problems.Add($"Shipping sent {shippedByWarehouse} parcel(s) but Orders heard of {outcomes[OrderOutcome.Shipped]}");
        }

        if (transport.Unrouted() > 0)
        {
            problems.Add($"{transport.Unrouted()} message(s) had no consumer");
        }

        // A dead letter is a failed delivery: list why, since that is what someone debugging needs first.
        var deadLetters = transport.DeadLetters();
        problems.AddRange(deadLetters.Select(d => $"dead letter on {d.Endpoint}: {d.Reason}"));

        var nodeReport = node is null ? null : NodeReport.Of(node, services.GetRequiredService<NotificationLog>());
        problems.AddRange(nodeReport?.Problems(placed, outcomes[OrderOutcome.Shipped]) ?? []);
        return new FleetReport(placed, outcomes, transport.Delivered(), transport.DeadLettered(), problems, nodeReport);
    }

    public static string Describe(IReadOnlyDictionary<OrderOutcome, int> outcomes)
        => $"{outcomes[OrderOutcome.Shipped]} shipped, {outcomes[OrderOutcome.PaymentFailed]} payment failed, "
            + $"{outcomes[OrderOutcome.Cancelled]} cancelled, {outcomes[OrderOutcome.Open]} open";

    public void Print(TextWriter output)
    {
        output.WriteLine($"{Placed} orders: {Describe(Outcomes)}");
        Node?.Print(output);
        foreach (var problem in Problems)
        {
            output.WriteLine("problem: " + problem);
        }

        output.WriteLine($"processed: {Processed} messages, failed: {Failed}");
    }
}
