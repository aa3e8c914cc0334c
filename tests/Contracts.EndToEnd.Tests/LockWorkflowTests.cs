using System.Text.Json;
using Contracts.EndToEnd.Tests.Infrastructure;

namespace Contracts.EndToEnd.Tests;

/// <summary>
/// The evolution gate end to end: real projects outside the repository, real <c>dotnet build</c>, the package's own
/// build files, and contracts.lock.json on disk. Each test plays one workflow in a folder of its own; the builds in a
/// test run one after the other because each depends on what the previous one left.
/// </summary>
public sealed class LockWorkflowTests(ContractsWorkspace workspace) : IClassFixture<ContractsWorkspace>
{
    // docs/diagnostics/CTR0100.md's example: the shape a new user starts from, a member removed, an optional one added.
    private static readonly string OrderPlacedV1 = Published("Guid OrderId, string CustomerId, decimal Total");
    private static readonly string CustomerIdRemoved = Published("Guid OrderId, decimal Total");
    private static readonly string CouponCodeAdded = Published("Guid OrderId, string CustomerId, decimal Total, string? CouponCode = null");

    // What the update command writes for OrderPlacedV1 (the first test proves it), written by hand as a committed file.
    private static readonly string OrderPlacedV1Lock = LockOfOrderPlacedV1("orders", "publishes", "Forward");

    private static readonly IReadOnlyDictionary<string, string> OnCi = new Dictionary<string, string> { ["CI"] = "true" };

    [Fact]
    public async Task NewUserLocksBreaksFixesEvolvesAndUpdates()
    {
        var project = workspace.NewProject("Workflow", "orders");
        project.Write("Messages.cs", OrderPlacedV1);

        // No lock yet: the gate only informs (CTR0102 is info), the build succeeds and nothing is written.
        var first = await project.BuildAsync(detailed: true);
        Assert.True(first.Succeeded, first.Transcript);
        Assert.Equal(["CTR0102"], first.Ids("info"));
        Assert.DoesNotContain(first.Contracts, d => d.Severity != "info");
        Assert.False(project.HasLock, "a plain build wrote contracts.lock.json");

        // The one command writes the lock beside the .csproj.
        var locking = await project.UpdateLockAsync();
        Assert.True(locking.Succeeded, locking.Transcript);
        Assert.True(project.HasLock, locking.Transcript);
        using (var written = JsonDocument.Parse(project.LockText))
        {
            var lockRoot = written.RootElement;
            Assert.Equal(1, lockRoot.GetProperty("format").GetInt32());
            Assert.Equal("orders", lockRoot.GetProperty("service").GetString());
            var message = Assert.Single(lockRoot.GetProperty("messages").EnumerateArray());
            Assert.Equal("orders.order-placed", message.GetProperty("name").GetString());
            Assert.Equal(1, message.GetProperty("version").GetInt32());
            Assert.Equal("publishes", message.GetProperty("role").GetString());
            Assert.Equal("Forward", message.GetProperty("compatibility").GetString());
            Assert.Equal(["customerId string required", "orderId guid required", "total decimal required"], Members(message));
        }

        var locked = project.LockBytes;

        // Locked and unchanged: a clean build, and the lock stays as it is.
        var clean = await project.BuildAsync();
        Assert.True(clean.Succeeded, clean.Transcript);
        Assert.Empty(clean.Contracts);
        Assert.Equal(locked, project.LockBytes);

        // A member removed from a published message: the build fails with the rule, the message, the version, the
        // mode and both fixes, at the message's declaration (the member is gone).
        project.Write("Messages.cs", CustomerIdRemoved);
        var broken = await project.BuildAsync();
        Assert.False(broken.Succeeded, broken.Transcript);
        var error = Assert.Single(broken.Contracts);
        Assert.Equal(("error", "CTR0100"), (error.Severity, error.Id));
        Assert.Equal(CustomerIdRemovedError("Forward"), error.Message);
        Assert.Equal(Path.Combine(project.Folder, "Messages.cs"), error.File);
        Assert.Equal(locked, project.LockBytes);

        // Reverted, plus an optional member: compatible, so the build passes and only says the lock is out of date.
        project.Write("Messages.cs", CouponCodeAdded);
        var evolved = await project.BuildAsync();
        Assert.True(evolved.Succeeded, evolved.Transcript);
        var outOfDate = Assert.Single(evolved.Contracts);
        Assert.Equal(("warning", "CTR0101"), (outOfDate.Severity, outOfDate.Id));
        Assert.Equal(LockOutOfDate("'orders.order-placed' version 1 differs from contracts.lock.json"), outOfDate.Message);
        Assert.Equal(locked, project.LockBytes);

        // The update accepts it; the lock changed by exactly the new member's line.
        var before = Lines(project.LockText);
        var update = await project.UpdateLockAsync();
        Assert.True(update.Succeeded, update.Transcript);
        Assert.Empty(update.Contracts);
        var after = Lines(project.LockText);
        Assert.Equal(before.Length + 1, after.Length);
        var added = Assert.Single(after.Except(before));
        Assert.Equal("""{ "wireName": "couponCode", "type": "string?", "required": false },""", added.Trim());
        Assert.Equal(before, after.Where(line => line != added));

        var cleanAgain = await project.BuildAsync();
        Assert.True(cleanAgain.Succeeded, cleanAgain.Transcript);
        Assert.Empty(cleanAgain.Contracts);
    }

    [Fact]
    public async Task PlainBuildNeverWritesOrChangesTheLockNotEvenOnCi()
    {
        var project = workspace.NewProject("PlainBuild", "orders");
        project.Write("Messages.cs", OrderPlacedV1);

        var withoutLock = await project.BuildAsync(environment: OnCi);
        Assert.True(withoutLock.Succeeded, withoutLock.Transcript);
        Assert.False(project.HasLock, "a plain CI build created contracts.lock.json");

        // An out-of-date lock (the code gained an optional member) is the case where writing would be tempting.
        project.WriteLock(OrderPlacedV1Lock);
        var committed = project.LockBytes;
        project.Write("Messages.cs", CouponCodeAdded);

        var local = await project.BuildAsync();
        Assert.True(local.Succeeded, local.Transcript);
        Assert.Equal(["CTR0101"], local.Ids("warning"));
        Assert.Equal(committed, project.LockBytes);

        // Compiled again (not skipped as up to date), so the gate runs and must see the lock is out of date again.
        project.Touch("Messages.cs");
        var ci = await project.BuildAsync(["-p:ContinuousIntegrationBuild=true"], environment: OnCi);
        Assert.True(ci.Succeeded, ci.Transcript);
        Assert.Equal(["CTR0101"], ci.Ids("warning"));
        Assert.Equal(committed, project.LockBytes);
    }

    [Fact]
    public async Task UpdateRefusesABreakingChangeAndLeavesTheLockAlone()
    {
        var project = workspace.NewProject("RefusedUpdate", "orders");
        project.WriteLock(OrderPlacedV1Lock);
        var committed = project.LockBytes;
        project.Write("Messages.cs", CustomerIdRemoved);

        var update = await project.UpdateLockAsync();

        Assert.False(update.Succeeded, update.Transcript);
        var error = Assert.Single(update.Contracts);
        Assert.Equal(("error", "CTR0100"), (error.Severity, error.Id));
        Assert.Equal(CustomerIdRemovedError("Forward"), error.Message);
        Assert.Equal(committed, project.LockBytes);
        Assert.DoesNotContain(update.Result.StandardOutput, line => line.Contains("Contracts: wrote"));
    }

    [Fact]
    public async Task ModesDecideWhatAConsumerMayDrop()
    {
        var project = workspace.NewProject("Billing", "billing");
        project.WriteLock(LockOfOrderPlacedV1("billing", "consumes", "Backward"));

        // The consumer's own view of the message, without a member it used to read.
        project.Write("Messages.cs", Consumed("[Message(\"orders.order-placed\")]"));

        // BACKWARD (the default for what a project consumes): the new reader ignores what it no longer reads.
        var backward = await project.BuildAsync();
        Assert.True(backward.Succeeded, backward.Transcript);
        Assert.Equal(["CTR0101"], backward.Contracts.Select(d => d.Id));

        // FULL for the project: old readers of this view required customerId, so it is a breaking change.
        project.WriteProjectFile("billing", "<ContractsCompatibility>Full</ContractsCompatibility>");
        var full = await project.BuildAsync();
        Assert.False(full.Succeeded, full.Transcript);
        var error = Assert.Single(full.Contracts);
        Assert.Equal(("error", "CTR0100"), (error.Severity, error.Id));
        Assert.Equal(CustomerIdRemovedError("Full"), error.Message);

        // The message's own mode wins over the project's: None lets the change through, the lock is only out of date.
        project.Write("Messages.cs", Consumed("[Message(\"orders.order-placed\", Compatibility = CompatibilityMode.None)]"));
        var none = await project.BuildAsync();
        Assert.True(none.Succeeded, none.Transcript);
        Assert.Equal(["CTR0101"], none.Contracts.Select(d => d.Id));
    }

    [Fact]
    public async Task RequireLockMakesAMissingLockAnError()
    {
        var project = workspace.NewProject("RequireLock", "orders", "<ContractsRequireLock>true</ContractsRequireLock>");
        project.Write("Messages.cs", OrderPlacedV1);

        var build = await project.BuildAsync();

        Assert.False(build.Succeeded, build.Transcript);
        var error = Assert.Single(build.Contracts);
        Assert.Equal(("error", "CTR0102"), (error.Severity, error.Id));
        Assert.Equal(
            "orders publishes or consumes 1 message version(s) but has no contracts.lock.json, so breaking changes cannot be detected: "
            + "run 'dotnet build -p:UpdateContractsLock=true' and commit the file",
            error.Message);
        Assert.False(project.HasLock);
    }

    [Fact]
    public async Task TruncatedLockIsAnErrorInTheLockFileAndIsNeverOverwritten()
    {
        var project = workspace.NewProject("Truncated", "orders");
        project.Write("Messages.cs", OrderPlacedV1);
        // Cut inside the members, as an interrupted write or a bad merge would leave it.
        var truncated = OrderPlacedV1Lock[..OrderPlacedV1Lock.IndexOf("\"orderId\"", StringComparison.Ordinal)];
        project.WriteLock(truncated);
        var lines = truncated.Split('\n');

        var build = await project.BuildAsync();

        Assert.False(build.Succeeded, build.Transcript);
        var error = Assert.Single(build.Contracts);
        Assert.Equal(("error", "CTR0103"), (error.Severity, error.Id));
        Assert.Equal(project.LockPath, error.File);
        Assert.InRange(error.Line, 1, lines.Length);
        Assert.InRange(error.Column, 1, lines[error.Line - 1].Length + 1);
        Assert.Equal(
            $"{project.LockPath}({error.Line},{error.Column}): not valid JSON: unexpected end of the document; expected a value; "
            + "fix the file (it is plain JSON, see docs/manifest-format.md) or delete it and run 'dotnet build -p:UpdateContractsLock=true' to write it again",
            error.Message);

        // Only a person can recover what a broken lock held: the update refuses too.
        var update = await project.UpdateLockAsync();
        Assert.False(update.Succeeded, update.Transcript);
        Assert.Equal(["CTR0103"], update.Ids("error"));
        Assert.Equal(truncated, project.LockText);
    }

    [Fact]
    public async Task SecondVersionAsSecondRecordOnlyNeedsTheLockUpdated()
    {
        var project = workspace.NewProject("TwoVersions", "orders");
        project.WriteLock(OrderPlacedV1Lock);
        project.Write("Messages.cs", """
            using Contracts;

            namespace Shop.Orders;

            [Message("orders.order-placed")]
            public partial record OrderPlaced(Guid OrderId, string CustomerId, decimal Total);

            [Message("orders.order-placed", Version = 2)]
            public partial record OrderPlacedV2(Guid OrderId, decimal Total);

            [Publishes<OrderPlaced>]
            [Publishes<OrderPlacedV2>]
            public partial class OrdersPublisher;
            """);

        var build = await project.BuildAsync();
        Assert.True(build.Succeeded, build.Transcript);
        var warning = Assert.Single(build.Contracts);
        Assert.Equal(("warning", "CTR0101"), (warning.Severity, warning.Id));
        Assert.Equal(LockOutOfDate("'orders.order-placed' version 2 is not in contracts.lock.json yet"), warning.Message);
        Assert.Equal((Path.Combine(project.Folder, "Messages.cs"), 9), (warning.File, warning.Line));

        var update = await project.UpdateLockAsync();
        Assert.True(update.Succeeded, update.Transcript);
        using (var written = JsonDocument.Parse(project.LockText))
        {
            var messages = written.RootElement.GetProperty("messages").EnumerateArray().ToList();
            Assert.Equal([1, 2], messages.Select(m => m.GetProperty("version").GetInt32()));
            Assert.All(messages, m => Assert.Equal("orders.order-placed", m.GetProperty("name").GetString()));
            Assert.Equal(["customerId string required", "orderId guid required", "total decimal required"], Members(messages[0]));
            Assert.Equal(["orderId guid required", "total decimal required"], Members(messages[1]));
        }

        var clean = await project.BuildAsync();
        Assert.True(clean.Succeeded, clean.Transcript);
        Assert.Empty(clean.Contracts);
    }

    [Fact]
    public async Task SharedContractsLibraryIsLockedAndGuardedByTheServiceThatPublishesIt()
    {
        // Records only: the library publishes nothing, so it has no lock of its own.
        var library = workspace.NewProject("OrdersContracts", "orders-contracts");
        const string Library = """
            using Contracts;

            namespace Shop.Orders.Contracts;

            [Message("orders.order-placed")]
            public partial record OrderPlaced(Guid OrderId, IReadOnlyList<OrderLine> Lines, OrderStatus Status, decimal Total);

            public partial record OrderLine(string Sku, int Quantity, Money Price);

            public partial record Money(decimal Amount, string Currency);

            public enum OrderStatus { Placed, Paid, Shipped }
            """;
        library.Write("Messages.cs", Library);

        var service = workspace.NewProject(
            "OrdersService", "orders", extraItems: $"""<ProjectReference Include="{Path.Combine(library.Folder, library.Name + ".csproj")}" />""");
        service.Write("OrdersPublisher.cs", """
            using Contracts;
            using Shop.Orders.Contracts;

            namespace Shop.Orders;

            [Publishes<OrderPlaced>]
            public partial class OrdersPublisher;
            """);

        var locking = await service.UpdateLockAsync(buildReferences: true);
        Assert.True(locking.Succeeded, locking.Transcript);
        Assert.False(library.HasLock, "the library publishes nothing");
        using (var written = JsonDocument.Parse(service.LockText))
        {
            var message = Assert.Single(written.RootElement.GetProperty("messages").EnumerateArray());
            Assert.Equal("orders.order-placed", message.GetProperty("name").GetString());
            Assert.Equal("publishes", message.GetProperty("role").GetString());
            Assert.Equal(
                ["lines array<object:OrderLine> required", "orderId guid required", "status enum:OrderStatus required", "total decimal required"],
                Members(message));
            var objects = message.GetProperty("objects").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);
            Assert.Equal(["Money", "OrderLine"], objects.Keys);
            Assert.Equal(["amount decimal required", "currency string required"], Members(objects["Money"]));
            Assert.Equal(["price object:Money required", "quantity int32 required", "sku string required"], Members(objects["OrderLine"]));
            var status = Assert.Single(message.GetProperty("enums").EnumerateArray());
            Assert.Equal("OrderStatus", status.GetProperty("name").GetString());
            Assert.Equal(["Placed", "Paid", "Shipped"], status.GetProperty("members").EnumerateArray().Select(m => m.GetString()));
        }

        var locked = service.LockBytes;

        // A nested member removed in the library: the library still builds, the service that publishes it does not.
        library.Write("Messages.cs", Library.Replace("string Sku, ", "", StringComparison.Ordinal));
        var broken = await service.BuildAsync(buildReferences: true);
        Assert.False(broken.Succeeded, broken.Transcript);
        var error = Assert.Single(broken.Contracts);
        Assert.Equal(("error", "CTR0100"), (error.Severity, error.Id));
        Assert.Equal(
            "FIELD_REMOVED: orders.order-placed v1 in this build no longer sends 'sku' (string), which orders.order-placed v1 in "
            + "contracts.lock.json requires (at $.lines[].sku). " + MustStay("Forward") + NewVersionFix,
            error.Message);
        Assert.Equal(Path.Combine(service.Folder, "OrdersPublisher.cs"), error.File);
        Assert.Equal(locked, service.LockBytes);
    }

    private static string[] Lines(string text) => text.Split('\n');

    // The whole texts of the evolution gate's diagnostics, as a person reads them in the build output.
    private const string NewVersionFix =
        "Fix: revert the change, or ship it as a new version: copy the record, give the copy "
        + "[Message(\"orders.order-placed\", Version = 2)] and keep the old record for the consumers still running";

    private static string MustStay(string mode)
        => $"Message 'orders.order-placed' version 1 must stay {mode} compatible with contracts.lock.json. ";

    private static string CustomerIdRemovedError(string mode)
        => "FIELD_REMOVED: orders.order-placed v1 in this build no longer sends 'customerId' (string), which orders.order-placed v1 in "
           + "contracts.lock.json requires (at $.customerId). " + MustStay(mode) + NewVersionFix;

    private static string LockOutOfDate(string what)
        => what + "; the change is compatible, so only the lock is out of date: run 'dotnet build -p:UpdateContractsLock=true' "
           + "and commit contracts.lock.json";

    /// <summary>A project's source that declares orders.order-placed v1 with these parameters and publishes it.</summary>
    private static string Published(string parameters) => $$"""
        using Contracts;

        namespace Shop.Orders;

        [Message("orders.order-placed")]
        public partial record OrderPlaced({{parameters}});

        [Publishes<OrderPlaced>]
        public partial class OrdersPublisher;
        """;

    /// <summary>A consumer's own view of orders.order-placed (without customerId) under the given attribute.</summary>
    private static string Consumed(string messageAttribute) => $$"""
        using Contracts;

        namespace Shop.Billing;

        {{messageAttribute}}
        public partial record OrderPlaced(Guid OrderId, decimal Total);

        public sealed class ChargeOrder : IConsumer<OrderPlaced>
        {
            public ValueTask ConsumeAsync(OrderPlaced message, MessageContext context, CancellationToken cancellationToken)
                => ValueTask.CompletedTask;
        }
        """;

    /// <summary>A committed lock that holds orders.order-placed v1 (orderId, customerId, total) as the writer writes it.</summary>
    private static string LockOfOrderPlacedV1(string service, string role, string mode) => $$"""
        {
          "format": 1,
          "service": "{{service}}",
          "messages": [
            {
              "name": "orders.order-placed",
              "version": 1,
              "role": "{{role}}",
              "compatibility": "{{mode}}",
              "members": [
                { "wireName": "customerId", "type": "string", "required": true },
                { "wireName": "orderId", "type": "guid", "required": true },
                { "wireName": "total", "type": "decimal", "required": true }
              ],
              "objects": [],
              "enums": []
            }
          ]
        }

        """;

    /// <summary>A message's or object's members as "wireName type required|optional", in the file's order.</summary>
    private static List<string> Members(JsonElement owner)
        => owner.GetProperty("members").EnumerateArray()
            .Select(m => $"{m.GetProperty("wireName").GetString()} {m.GetProperty("type").GetString()} {(m.GetProperty("required").GetBoolean() ? "required" : "optional")}")
            .ToList();
}
