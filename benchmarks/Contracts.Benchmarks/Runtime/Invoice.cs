using System.Text.Json;
using System.Text.Json.Serialization;
using Contracts;

namespace Contracts.Benchmarks.Runtime;

/// <summary>A typical message: 16 members of the common wire types and one nested list.</summary>
[Message("billing.invoice-issued", Version = 1)]
public partial record InvoiceIssued(
    Guid InvoiceId,
    Guid OrderId,
    string CustomerId,
    string CustomerName,
    IReadOnlyList<InvoiceLine> Lines,
    decimal Subtotal,
    decimal Tax,
    decimal Total,
    Currency Currency,
    DateTimeOffset IssuedAt,
    DateOnly DueOn,
    int PaymentTermDays,
    long Sequence,
    bool Paid,
    double ExchangeRate,
    string? PurchaseOrder = null);

/// <summary>One line of an invoice.</summary>
public partial record InvoiceLine(string Sku, string Description, int Quantity, decimal UnitPrice);

/// <summary>Written as strings on the wire by both serializers.</summary>
public enum Currency
{
    Eur,
    Usd,
    Gbp,
}

/// <summary>
/// The peer: System.Text.Json's source generator for the same record, with the options that give the same JSON
/// (camelCase names, enums as strings).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(InvoiceIssued))]
public sealed partial class InvoiceJsonContext : JsonSerializerContext;

/// <summary>The one value both serializers round-trip.</summary>
public static class Invoices
{
    public static InvoiceIssued Typical() => new(
        InvoiceId: Guid.Parse("8f0d7e46-2b0e-4c56-9f44-3b7e8a9d2c11"),
        OrderId: Guid.Parse("00000000-0000-4000-8000-000000000042"),
        CustomerId: "customer-4711",
        CustomerName: "Ada Lovelace",
        Lines:
        [
            new InvoiceLine("mug-classic", "Classic mug, white", 2, 12.50m),
            new InvoiceLine("tee-logo", "T-shirt with logo, size M", 1, 19.00m),
            new InvoiceLine("poster-a2", "Poster A2, matte", 3, 8.00m),
        ],
        Subtotal: 68.00m,
        Tax: 12.92m,
        Total: 80.92m,
        Currency: Currency.Eur,
        IssuedAt: new DateTimeOffset(2025, 3, 3, 9, 30, 0, TimeSpan.FromHours(1)),
        DueOn: new DateOnly(2025, 4, 2),
        PaymentTermDays: 30,
        Sequence: 1_000_042,
        Paid: false,
        ExchangeRate: 1.0825,
        PurchaseOrder: "PO-2025-0042");
}
