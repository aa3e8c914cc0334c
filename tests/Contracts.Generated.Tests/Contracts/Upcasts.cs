namespace Contracts.Generated.Tests;

/// <summary>Version 1 of a message with three versions, each converted into the next by an upcaster.</summary>
[Message("billing.invoice-issued", Version = 1)]
public partial record InvoiceIssuedV1(string InvoiceId, decimal Total);

/// <summary>Version 2: the total became an amount with a currency.</summary>
[Message("billing.invoice-issued", Version = 2)]
public partial record InvoiceIssuedV2(string InvoiceId, decimal Amount, string Currency);

/// <summary>Version 3: the amount is in cents.</summary>
[Message("billing.invoice-issued", Version = 3)]
public partial record InvoiceIssuedV3(string InvoiceId, long AmountInCents, string Currency);

/// <summary>v1 → v2: what a producer that was never updated sends still reaches the v2 and v3 consumers.</summary>
public sealed class InvoiceV1ToV2 : IUpcast<InvoiceIssuedV1, InvoiceIssuedV2>
{
    public InvoiceIssuedV2 Upcast(InvoiceIssuedV1 message) => new(message.InvoiceId, message.Total, "EUR");
}

/// <summary>v2 → v3, the second link of the chain.</summary>
public sealed class InvoiceV2ToV3 : IUpcast<InvoiceIssuedV2, InvoiceIssuedV3>
{
    public InvoiceIssuedV3 Upcast(InvoiceIssuedV2 message) => new(message.InvoiceId, (long)(message.Amount * 100), message.Currency);
}

/// <summary>A renamed message: consumers still read what producers send under its old name.</summary>
[Message("shipping.crate-shipped", Aliases = new[] { "shipping.crate-dispatched" })]
public partial record CrateShipped(string CrateId);

/// <summary>Publishes every version of the invoice, and the renamed message under its new name.</summary>
[Publishes<InvoiceIssuedV1>]
[Publishes<InvoiceIssuedV2>]
[Publishes<InvoiceIssuedV3>]
[Publishes<CrateShipped>]
public partial class MigrationPublisher;

/// <summary>Consumes the newest version only: v1 and v2 reach it through the chain.</summary>
public sealed class BookInvoiceV3(Inbox inbox) : RecordingConsumer<InvoiceIssuedV3>(inbox);

/// <summary>Consumes v2 only: a v1 reaches it through one upcaster, a v3 not at all (no downcasts).</summary>
public sealed class BookInvoiceV2(Inbox inbox) : RecordingConsumer<InvoiceIssuedV2>(inbox);

/// <summary>Consumes v1 and v2 itself: a v1 must reach it once, as v1, not a second time upcast.</summary>
public sealed class AuditInvoices(Inbox inbox) : IConsumer<InvoiceIssuedV1>, IConsumer<InvoiceIssuedV2>
{
    public ValueTask ConsumeAsync(InvoiceIssuedV1 message, MessageContext context, CancellationToken cancellationToken)
    {
        inbox.Add(nameof(AuditInvoices), message, context);
        return ValueTask.CompletedTask;
    }

    public ValueTask ConsumeAsync(InvoiceIssuedV2 message, MessageContext context, CancellationToken cancellationToken)
    {
        inbox.Add(nameof(AuditInvoices), message, context);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Consumes the renamed message.</summary>
public sealed class TrackCrate(Inbox inbox) : RecordingConsumer<CrateShipped>(inbox);
