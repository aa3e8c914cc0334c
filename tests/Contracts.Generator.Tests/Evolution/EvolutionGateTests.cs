using System.Collections.Generic;
using System.Linq;
using Contracts.Generator.Emitting;
using Microsoft.CodeAnalysis;
using Xunit;
using static Contracts.Generator.Tests.Evolution.EvolutionSources;

namespace Contracts.Generator.Tests.Evolution;

/// <summary>The evolution gate against a committed lock: what breaks the build, what only asks for a lock update.</summary>
public sealed class EvolutionGateTests
{
    [Fact]
    public void NoLockIsInfoByDefault()
    {
        var result = LockHarness.Run(null, null, Published(V1));

        var missing = Assert.Single(result.Diagnostics, d => d.Id == "CTR0102");
        Assert.Equal(DiagnosticSeverity.Info, missing.Severity);
        Assert.Contains("dotnet build -p:UpdateContractsLock=true", missing.GetMessage());
    }

    [Fact]
    public void NoLockIsAnErrorWhenTheProjectRequiresOne()
    {
        var result = LockHarness.Run(null, new Dictionary<string, string> { ["ContractsRequireLock"] = "true" }, Published(V1));

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.Diagnostics, d => d.Id == "CTR0102").Severity);
    }

    [Fact]
    public void PlainBuildNeverEmitsALock()
    {
        var result = LockHarness.Run(null, null, Published(V1));

        Assert.DoesNotContain(LockEmitter.HintName, result.Files.Keys);
    }

    [Fact]
    public void UpdatedLockBuildsCleanAndIsStable()
    {
        var lockText = LockHarness.Lock(null, Published(V1));
        var result = LockHarness.Run(lockText, null, Published(V1));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        Assert.Contains("\"name\": \"orders.order-placed\"", lockText);
        Assert.Contains("\"role\": \"publishes\"", lockText);
        Assert.Contains("\"compatibility\": \"Forward\"", lockText);

        // Nothing to write when the lock already says it: a second update emits no file.
        Assert.DoesNotContain(LockEmitter.HintName, LockHarness.Run(lockText, LockHarness.Update, Published(V1)).Files.Keys);
    }

    [Fact]
    public void RemovingAPublishedMemberBreaksTheBuildAtTheType()
    {
        var lockText = LockHarness.Lock(null, Published(V1));
        var edited = Published(V1.Replace("string CustomerId, ", string.Empty));

        var result = LockHarness.Run(lockText, null, edited);

        var error = Assert.Single(result.Diagnostics, d => d.Id == "CTR0100");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(
            "FIELD_REMOVED: orders.order-placed v1 in this build no longer sends 'customerId' (string), which orders.order-placed v1 in contracts.lock.json requires (at $.customerId). Message 'orders.order-placed' version 1 must stay Forward compatible with contracts.lock.json. Fix: revert the change, or ship it as a new version: copy the record, give the copy [Message(\"orders.order-placed\", Version = 2)] and keep the old record for the consumers still running",
            error.GetMessage());
        Assert.Equal("OrderPlaced", SourceAt(error));
    }

    [Fact]
    public void AddingAnOptionalMemberOnlyAsksForALockUpdate()
    {
        var lockText = LockHarness.Lock(null, Published(V1));
        var edited = Published(V1.Replace("string? Coupon = null", "string? Coupon = null, string? Note = null"));

        var warning = Assert.Single(LockHarness.Run(lockText, null, edited).Diagnostics);
        Assert.Equal("CTR0101", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(
            "'orders.order-placed' version 1 differs from contracts.lock.json; the change is compatible, so only the lock is out of date: run 'dotnet build -p:UpdateContractsLock=true' and commit contracts.lock.json",
            warning.GetMessage());

        var updated = LockHarness.Lock(lockText, edited);
        Assert.Empty(LockHarness.Run(updated, null, edited).Diagnostics);
    }

    [Fact]
    public void AddingARequiredMemberIsSafeToPublishButBreaksAConsumer()
    {
        var published = LockHarness.Lock(null, Published(V1));
        var consumed = LockHarness.Lock(null, Consumed(V1));
        var withRequired = V1.Replace("decimal Total,", "decimal Total, int Priority,");

        Assert.Equal(new[] { "CTR0101" }, LockHarness.Run(published, null, Published(withRequired)).Diagnostics.Select(d => d.Id));

        var error = Assert.Single(LockHarness.Run(consumed, null, Consumed(withRequired)).Diagnostics);
        Assert.Equal("CTR0100", error.Id);
        Assert.Equal(
            "REQUIRED_FIELD_ADDED: orders.order-placed v1 in this build requires 'priority' (int32), which orders.order-placed v1 in contracts.lock.json does not send; make it optional (nullable or with a default) (at $.priority). Message 'orders.order-placed' version 1 must stay Backward compatible with contracts.lock.json. Fix: revert the change, or ship it as a new version: copy the record, give the copy [Message(\"orders.order-placed\", Version = 2)] and keep the old record for the consumers still running",
            error.GetMessage());
        Assert.Equal("Priority", SourceAt(error));
    }

    [Fact]
    public void AnUpdateRefusesToLockABreakingChange()
    {
        var lockText = LockHarness.Lock(null, Published(V1));
        var result = LockHarness.Run(lockText, LockHarness.Update, Published(V1.Replace("string CustomerId, ", string.Empty)));

        Assert.Contains(result.Diagnostics, d => d.Id == "CTR0100");
        Assert.DoesNotContain(LockEmitter.HintName, result.Files.Keys);
    }

    [Fact]
    public void EnumMembersFollowTheDirection()
    {
        // A consumer that forgets a member can no longer read what producers still send; a producer that stops
        // sending one breaks nobody.
        var consumed = LockHarness.Lock(null, Consumed(V1));
        var published = LockHarness.Lock(null, Published(V1));
        var fewer = V1.Replace("Placed, Paid", "Placed");

        var error = Assert.Single(LockHarness.Run(consumed, null, Consumed(fewer)).Diagnostics);
        Assert.Equal("CTR0100", error.Id);
        Assert.Equal(
            "ENUM_MEMBER_REMOVED: orders.order-placed v1 in this build does not know 'Paid' at $.status (enum:Status), which orders.order-placed v1 in contracts.lock.json may send (enum:Status); the reader must know every member the writer may send (at $.status). Message 'orders.order-placed' version 1 must stay Backward compatible with contracts.lock.json. Fix: revert the change, or ship it as a new version: copy the record, give the copy [Message(\"orders.order-placed\", Version = 2)] and keep the old record for the consumers still running",
            error.GetMessage());
        Assert.Equal(new[] { "CTR0101" }, LockHarness.Run(published, null, Published(fewer)).Diagnostics.Select(d => d.Id));
        Assert.Equal("CTR0100", Assert.Single(LockHarness.Run(published, null, Published(V1.Replace("Placed, Paid", "Placed, Paid, Refunded"))).Diagnostics).Id);
    }

    [Fact]
    public void RemovingAPublishedMessageIsAnErrorAtTheLock()
    {
        var lockText = LockHarness.Lock(null, Published(V1));
        var other = Usings + """
            [Message("orders.other")]
            public partial record Other(Guid Id);

            [Publishes<Other>]
            public partial class OrdersPublisher;
            """;

        var error = Assert.Single(LockHarness.Run(lockText, null, other).Diagnostics, d => d.Id == "CTR0100");

        Assert.Equal(
            "MESSAGE_REMOVED: this project published 'orders.order-placed' version 1 and no longer does; consumers still running wait for it. Message 'orders.order-placed' version 1 must stay Forward compatible with contracts.lock.json. Fix: revert the change, or ship it as a new version: copy the record, give the copy [Message(\"orders.order-placed\", Version = 2)] and keep the old record for the consumers still running",
            error.GetMessage());
        Assert.Equal(LockHarness.LockPath, error.Location.GetLineSpan().Path);
    }

    [Fact]
    public void BumpingTheVersionAndKeepingTheOldRecordIsSafe()
    {
        var lockText = LockHarness.Lock(null, Published(V1));
        var v2 = Usings + V1 + """

            [Message("orders.order-placed", Version = 2)]
            public partial record OrderPlacedV2(Guid OrderId, decimal Total);

            [Publishes<OrderPlaced>]
            [Publishes<OrderPlacedV2>]
            public partial class OrdersPublisher;
            """;

        var result = LockHarness.Run(lockText, null, v2);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("CTR0101", warning.Id);
        Assert.Equal(
            "'orders.order-placed' version 2 is not in contracts.lock.json yet; the change is compatible, so only the lock is out of date: run 'dotnet build -p:UpdateContractsLock=true' and commit contracts.lock.json",
            warning.GetMessage());
    }

    [Fact]
    public void MessageModeWinsOverTheProjectsAndTheRole()
    {
        var relaxed = V1.Replace("[Message(\"orders.order-placed\")]", "[Message(\"orders.order-placed\", Compatibility = CompatibilityMode.None)]");
        var lockText = LockHarness.Lock(null, Published(relaxed));
        var edited = Published(relaxed.Replace("string CustomerId, ", string.Empty));

        var strictProject = new Dictionary<string, string> { ["ContractsCompatibility"] = "Full" };
        Assert.Equal(new[] { "CTR0101" }, LockHarness.Run(lockText, strictProject, edited).Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void ProjectModeWinsOverTheRole()
    {
        // Consumed: BACKWARD by default, where removing a member the reader no longer needs is safe; FULL also asks
        // that old readers can read what the new schema describes, and they still need the member.
        var lockText = LockHarness.Lock(null, Consumed(V1));
        var edited = Consumed(V1.Replace("string CustomerId, ", string.Empty));

        Assert.Equal(new[] { "CTR0101" }, LockHarness.Run(lockText, null, edited).Diagnostics.Select(d => d.Id));
        var full = new Dictionary<string, string> { ["ContractsCompatibility"] = "Full" };
        Assert.Contains(LockHarness.Run(lockText, full, edited).Diagnostics, d => d.Id == "CTR0100");
    }

    [Theory]
    [InlineData("{", 1, 2)]
    [InlineData("{\n  \"format\": 1,\n  \"service\": \"x\",\n  \"messages\": [ { \"name\": 3 } ]\n}", 4)]
    [InlineData("{ \"format\": 9, \"service\": \"x\", \"messages\": [] }", 1)]
    public void MalformedLockIsAnErrorWithFileAndLineNeverACrash(string text, int line, int column = 0)
    {
        var result = LockHarness.Run(text, null, Published(V1));

        var error = result.Diagnostics.First(d => d.Id == "CTR0103");
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(LockHarness.LockPath, error.Location.GetLineSpan().Path);
        Assert.Equal(line, error.Location.GetLineSpan().StartLinePosition.Line + 1);
        if (column > 0)
        {
            Assert.Equal(column, error.Location.GetLineSpan().StartLinePosition.Character + 1);
        }

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CTR9999");
        Assert.DoesNotContain(LockEmitter.HintName, LockHarness.Run(text, LockHarness.Update, Published(V1)).Files.Keys);
    }

    private static string SourceAt(Diagnostic diagnostic)
        => diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
}
