using Contracts.EndToEnd.Tests.Infrastructure;

namespace Contracts.EndToEnd.Tests;

/// <summary>
/// The cross-service gate with a service that is not .NET: its AsyncAPI document comes in as
/// <c>&lt;ContractManifest Include="../notifications/asyncapi.yaml" /&gt;</c>, is imported before the compile, and is
/// checked both ways like a .NET service's lock. Part of <see cref="CrossServiceBuildTests"/> to share its workspace
/// (and its warm-up build).
/// </summary>
public sealed partial class CrossServiceBuildTests
{
    // A Node service's AsyncAPI 3.0 document: it sends notifications.email-sent (payload in a file of its own) and
    // receives orders.order-placed, whose view requires customerId.
    private const string NotificationsDocument = """
        asyncapi: 3.0.0
        info:
          title: notifications
          version: 1.0.0
          x-contracts-language: typescript
        channels:
          emailSent:
            address: notifications.email-sent.v1
            messages:
              emailSent:
                payload:
                  $ref: './email-sent.yaml'
          orderPlaced:
            address: orders.order-placed.v1
            messages:
              orderPlaced:
                payload:
                  type: object
                  properties:
                    orderId: { type: string, format: uuid }
                    customerId: { type: string }
                  required: [orderId, customerId]
                  additionalProperties: false
        operations:
          sendEmailSent:
            action: send
            channel: { $ref: '#/channels/emailSent' }
          receiveOrderPlaced:
            action: receive
            channel: { $ref: '#/channels/orderPlaced' }
        """;

    private const string EmailSentPayload = """
        type: object
        properties:
          to: { type: string }
          sentAt: { type: string, format: date-time }
        required: [to, sentAt]
        """;

    // A .NET consumer of the Node service's message that also requires a subject.
    private const string AuditView = """
        using Contracts;

        namespace Audit;

        [Message("notifications.email-sent")]
        public partial record EmailSent(string To, DateTimeOffset SentAt, string Subject);

        public sealed class RecordEmail : IConsumer<EmailSent>
        {
            public ValueTask ConsumeAsync(EmailSent message, MessageContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        }
        """;

    private const string ImportItem = """<ContractManifest Include="../notifications/asyncapi.yaml" />""";

    [Fact]
    public async Task ImportedProducerMustSendWhatTheDotnetConsumerRequiresAndAnEditReRunsTheGate()
    {
        var audit = workspace.NewProject("Audit", "audit", extraItems: ImportItem);
        var notifications = Notifications(audit);
        audit.Write("EmailSent.cs", AuditView);

        // The Node service does not send 'subject': the .NET consumer's build fails, naming the service and its document.
        var missing = await audit.UpdateLockAsync();
        Assert.False(missing.Succeeded, missing.Transcript);
        var error = Assert.Single(missing.Contracts);
        Assert.Equal(("error", "CTR0110"), (error.Severity, error.Id));
        Assert.StartsWith("audit reads 'notifications.email-sent' version 1 but cannot read what service 'notifications' sends (notifications/asyncapi.yaml): REQUIRED_FIELD_ADDED", error.Message);
        Assert.Contains("requires 'subject' (string)", error.Message);

        // It starts sending one, in the file the document's $ref reaches (not the document itself): the import and the
        // gate run again, and the pair builds clean.
        File.WriteAllText(Path.Combine(notifications, "email-sent.yaml"), EmailSentPayload.Replace("required: [to, sentAt]", "  subject: { type: string }\nrequired: [to, sentAt, subject]"));
        var fixedUp = await audit.UpdateLockAsync();
        Assert.True(fixedUp.Succeeded, fixedUp.Transcript);
        Assert.Empty(fixedUp.Contracts);
        Assert.Contains("Contracts: imported", fixedUp.Result.Transcript);

        // Nothing changed: the import is skipped, and costs nothing.
        var again = await audit.BuildAsync();
        Assert.True(again.Succeeded, again.Transcript);
        Assert.Contains("Skipping target \"ContractsImport\" because all output files are up-to-date", again.Result.Transcript);
    }

    [Fact]
    public async Task DotnetProducerThatBreaksTheImportedConsumersViewFails()
    {
        var orders = workspace.NewProject("OrdersForNode", "orders", extraItems: ImportItem);
        Notifications(orders);
        orders.Write("OrderPlaced.cs", OrdersV1);
        var clean = await orders.UpdateLockAsync();
        Assert.True(clean.Succeeded, clean.Transcript);
        Assert.DoesNotContain(clean.Contracts, d => d.Severity != "info");

        // Orders stops sending customerId, which the Node service's view requires (its additionalProperties: false
        // does not make the other members it does not list a problem: docs/import.md).
        orders.Write("OrderPlaced.cs", OrdersV1.Replace("string CustomerId, ", ""));
        var broken = await orders.BuildAsync(["-p:ContractsCompatibility=None"]);
        Assert.False(broken.Succeeded, broken.Transcript);
        var error = Assert.Single(broken.Contracts, d => d.Severity == "error");
        Assert.Equal("CTR0111", error.Id);
        Assert.StartsWith("'orders.order-placed' version 1 as orders sends it cannot be read by service 'notifications' (notifications/asyncapi.yaml): ", error.Message);
        Assert.Contains("customerId", error.Message);
    }

    [Fact]
    public async Task MalformedImportedDocumentFailsAtItsFileAndLine()
    {
        var audit = workspace.NewProject("AuditMalformed", "audit", extraItems: ImportItem);
        var notifications = Notifications(audit);
        File.WriteAllText(Path.Combine(notifications, "asyncapi.yaml"), NotificationsDocument.Replace("required: [orderId, customerId]", "required: [orderId, customerId"));
        audit.Write("EmailSent.cs", AuditView);

        var build = await audit.BuildAsync();

        Assert.False(build.Succeeded, build.Transcript);
        var error = Assert.Single(build.Contracts);
        Assert.Equal((Path.Combine(notifications, "asyncapi.yaml"), "error", "CTR0115"), (error.File, error.Severity, error.Id));
        Assert.Equal(22, error.Line); // the line of the unclosed "["
        Assert.Contains("not valid YAML or JSON", error.Message);
    }

    // The Node service's folder beside the project's (its document and the payload file it refers to).
    private static string Notifications(ContractsProject project)
    {
        var folder = Path.Combine(Path.GetDirectoryName(project.Folder)!, "notifications");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "asyncapi.yaml"), NotificationsDocument);
        File.WriteAllText(Path.Combine(folder, "email-sent.yaml"), EmailSentPayload);
        return folder;
    }
}
